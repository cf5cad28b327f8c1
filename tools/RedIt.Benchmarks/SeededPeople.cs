using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Features.Support;

namespace RedIt.Benchmarks;

internal sealed record SeededStaff(Guid Id, IReadOnlyList<TicketTopic>? Topics);

internal sealed record SeededCustomer(Guid Id, string Email, string Name);

// The desk's colleagues and the customers whose tickets they answer.
internal sealed record SeededPeople(Guid Me, IReadOnlyList<SeededStaff> Staff, IReadOnlyList<SeededCustomer> Customers)
{
    private const int ChunkSize = 2_000;

    // Staff through the portal's own StaffAccounts (a handful, so the password hashing is cheap);
    // customers straight into the tables, as nobody signs in as one.
    public static async Task<SeededPeople> SeedAsync(IServiceProvider services, int customers, Faker faker)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
            foreach (var (roles, count) in new[] { ([PortalRoles.Support], 6), ([PortalRoles.Sales], 2), (new[] { PortalRoles.Finance }, 2) })
            {
                for (var i = 0; i < count; i++)
                {
                    var first = faker.Name.FirstName();
                    var last = faker.Name.LastName();
                    await accounts.CreateAsync($"{first}.{last}.{i}@red-it.local".ToLowerInvariant(), first, last, Guid.NewGuid().ToString(), roles);
                }
            }
        }

        await using var read = services.CreateAsyncScope();
        var desk = read.ServiceProvider.GetRequiredService<RedIt.Portal.Features.Support.Desk.TicketDesk>();
        var staff = (await desk.StaffAsync()).Select(s => new SeededStaff(s.Id, s.Topics)).ToList();
        var db = read.ServiceProvider.GetRequiredService<PortalDbContext>();
        var me = await db.Users.Where(u => u.Email == DevelopmentAccounts.SupportEmail).Select(u => u.Id).SingleAsync();
        var customerRole = await db.Roles.Where(r => r.Name == PortalRoles.Customer).Select(r => r.Id).SingleAsync();
        return new SeededPeople(me, staff, await SeedCustomersAsync(services, customers, customerRole, faker));
    }

    private static async Task<List<SeededCustomer>> SeedCustomersAsync(IServiceProvider services, int count, Guid customerRole, Faker faker)
    {
        var seeded = new List<SeededCustomer>(count);
        for (var start = 0; start < count; start += ChunkSize)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + ChunkSize); i++)
            {
                var first = faker.Name.FirstName();
                var last = faker.Name.LastName();
                // The number keeps the address unique, as Identity requires.
                var email = faker.Internet.Email(first, last, provider: null, uniqueSuffix: i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToLowerInvariant();
                var created = faker.Date.Past(5).ToUniversalTime();
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
                    PreferredCulture = faker.Random.Bool(0.8f) ? "nl" : "en",
                    CreatedAt = created,
                };
                var business = faker.Random.Bool(0.4f);
                db.AddRange(
                    user,
                    new Customer { Id = user.Id, Number = CustomerNumbers.First + i, Kind = business ? CustomerKind.Business : CustomerKind.Private, CompanyName = business ? faker.Company.CompanyName() : null, CreatedAt = created },
                    new IdentityUserRole<Guid> { UserId = user.Id, RoleId = customerRole });
                seeded.Add(new SeededCustomer(user.Id, email, user.FullName));
            }

            await db.SaveChangesAsync();
        }

        return seeded;
    }
}
