using System.Globalization;
using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Features.Customers;

namespace RedIt.Benchmarks;

// What an invoice copies from its customer, kept in memory so the invoices can be seeded without
// reading the customers back.
internal sealed record BilledCustomer(
    Guid Id,
    string Email,
    string BillingName,
    string Culture,
    CustomerAddress Address,
    string? VatNumber,
    string? ConsultationNumber);

// Customers who are billed: each with a postal address (the issuer refuses a customer without
// one), most in the Netherlands, some businesses elsewhere in the EU whose VAT number VIES
// confirmed (reverse charged), a few outside the EU. The first one signs in, with a password of
// this run only; the others never do, so they get no password hash.
internal sealed record SeededBillingCustomers(IReadOnlyList<BilledCustomer> Customers, string Password)
{
    private const int ChunkSize = 2_000;

    public BilledCustomer Measured => Customers[0];

    public static async Task<SeededBillingCustomers> SeedAsync(IServiceProvider services, int count, DateTime now, Faker faker)
    {
        Guid customerRole;
        IPasswordHasher<PortalUser> hasher;
        await using (var scope = services.CreateAsyncScope())
        {
            customerRole = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Roles
                .Where(r => r.Name == PortalRoles.Customer).Select(r => r.Id).SingleAsync();
            hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<PortalUser>>();
        }

        var password = Guid.NewGuid().ToString();
        var seeded = new List<BilledCustomer>(count);
        for (var start = 0; start < count; start += ChunkSize)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + ChunkSize); i++)
            {
                var (user, customer, verification) = NewCustomer(i, now, faker);
                if (i == 0)
                {
                    user.PasswordHash = hasher.HashPassword(user, password);
                }

                db.AddRange(user, customer, new IdentityUserRole<Guid> { UserId = user.Id, RoleId = customerRole });
                if (verification is not null)
                {
                    db.Add(verification);
                }

                seeded.Add(new BilledCustomer(
                    user.Id,
                    user.Email!,
                    customer.Kind == CustomerKind.Business ? customer.CompanyName! : user.FullName,
                    user.PreferredCulture,
                    customer.Addresses[0],
                    customer.VatNumber,
                    verification?.ConsultationNumber));
            }

            await db.SaveChangesAsync();
            Console.Write(string.Create(CultureInfo.InvariantCulture, $"\r  customers {Math.Min(count, start + ChunkSize),7:N0} of {count:N0}"));
        }

        Console.WriteLine();
        return new SeededBillingCustomers(seeded, password);
    }

    private static (PortalUser User, Customer Customer, VatNumberVerification? Verification) NewCustomer(int i, DateTime now, Faker faker)
    {
        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        // The number keeps the address unique, as Identity requires.
        var email = faker.Internet.Email(first, last, provider: null, uniqueSuffix: i.ToString(CultureInfo.InvariantCulture)).ToLowerInvariant();
        var created = now - TimeSpan.FromDays(faker.Random.Double(100, 6 * 365));
        var business = faker.Random.Bool(0.4f);
        var country = business
            ? faker.Random.WeightedRandom(["NL", "BE", "DE", "CH", "US"], [0.8f, 0.09f, 0.07f, 0.02f, 0.02f])
            : faker.Random.WeightedRandom(["NL", "BE", "DE"], [0.92f, 0.05f, 0.03f]);
        var user = new PortalUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            FirstName = first,
            LastName = last,
            PreferredCulture = country == "NL" && faker.Random.Bool(0.9f) ? "nl" : "en",
            CreatedAt = created,
        };
        var vatNumber = business ? VatNumber(country, faker) : null;
        var customer = new Customer
        {
            Id = user.Id,
            Number = CustomerNumbers.First + i,
            Kind = business ? CustomerKind.Business : CustomerKind.Private,
            CompanyName = business ? faker.Company.CompanyName() : null,
            KvkNumber = business && country == "NL" ? faker.Random.ReplaceNumbers("########") : null,
            VatNumber = vatNumber,
            CreatedAt = created,
            Addresses =
            [
                new CustomerAddress
                {
                    Id = Guid.NewGuid(),
                    CustomerId = user.Id,
                    Kind = AddressKind.Postal,
                    Street = faker.Address.StreetName(),
                    HouseNumber = faker.Random.Int(1, 250).ToString(CultureInfo.InvariantCulture),
                    PostalCode = PostalCode(country, faker),
                    City = faker.Address.City(),
                    CountryCode = country,
                },
            ],
        };
        // Confirmed recently enough for the issuer to reverse charge a renewal today.
        var checkedAt = now - TimeSpan.FromDays(faker.Random.Double(1, 20));
        var verification = vatNumber is not null && VatRules.NeedsVatNumberCheck(business, country, vatNumber)
            ? new VatNumberVerification
            {
                Id = Guid.NewGuid(),
                CustomerId = user.Id,
                CountryCode = country,
                VatNumber = RedIt.Portal.Features.Billing.Vat.Vies.ViesVatNumber.Parse(country, vatNumber).Number,
                Status = VatNumberVerificationStatus.Valid,
                ConsultationNumber = "WAPIAAAA" + faker.Random.AlphaNumeric(8).ToUpperInvariant(),
                RequestedAt = checkedAt,
                CheckedAt = checkedAt,
                Attempts = 1,
                NextAttemptAt = checkedAt,
            }
            : null;
        return (user, customer, verification);
    }

    private static string? VatNumber(string country, Faker faker) => country switch
    {
        "NL" => faker.Random.ReplaceNumbers("NL#########B01"),
        "BE" => faker.Random.ReplaceNumbers("BE0#########"),
        "DE" => faker.Random.ReplaceNumbers("DE#########"),
        _ => null,
    };

    private static string PostalCode(string country, Faker faker) => country switch
    {
        "NL" => faker.Random.ReplaceNumbers("#### ") + faker.Random.String2(2, "ABCDEFGHJKLMNPRSTVWXZ"),
        "BE" => faker.Random.ReplaceNumbers("####"),
        "CH" => faker.Random.ReplaceNumbers("####"),
        _ => faker.Random.ReplaceNumbers("#####"),
    };
}
