using System.Diagnostics;
using System.Globalization;
using Bogus;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Billing.Renewals;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Services;

namespace RedIt.Benchmarks;

internal sealed record RenewalResult(int Invoices, TimeSpan Total, Samples PerInvoice);

// Renewals the way the daily renewal job invoices them: services of customers who already have
// invoices, renewing within the coming weeks, each invoiced by ServiceRenewals in a transaction of
// its own (the renewal row, the order and its number, the invoice and its number, the mail with its
// PDF, commit), one after the other, in one scope as the job has. The mails are only queued.
internal static class RenewalMeasurement
{
    private const int WarmUpInvoices = 3;

    private static readonly (ProductKind Kind, string English, string Dutch, int Months, decimal Price)[] Products =
    [
        (ProductKind.Hosting, "Web hosting Basic", "Webhosting Basis", 12, 59.88m),
        (ProductKind.Hosting, "Web hosting Pro", "Webhosting Pro", 12, 119.40m),
        (ProductKind.DomainExtension, "Domain name", "Domeinnaam", 12, 9.95m),
        (ProductKind.Mailbox, "Mailbox", "Mailbox", 12, 23.88m),
        (ProductKind.Colocation, "Rack unit", "Rackunit", 1, 45.00m),
    ];

    public static async Task<RenewalResult> RunAsync(IServiceProvider services, IReadOnlyList<BilledCustomer> customers, int renewals, DateTime now, Faker faker)
    {
        // Not the customer whose pages were timed, so a second run of the pages would see the same.
        var renewed = customers.Skip(1).ToList();
        // Made beforehand, so the time is the portal's alone.
        var seeded = await SeedAsync(services, renewed, WarmUpInvoices + renewals, now, faker);

        await using var scope = services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<ServiceRenewals>();
        var total = Stopwatch.StartNew();
        var due = (await job.DueAsync()).Where(seeded.Contains).ToList();
        if (due.Count != seeded.Count)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{due.Count} of the {seeded.Count} services renewing soon are due."));
        }

        foreach (var serviceId in due.Take(WarmUpInvoices))
        {
            await InvoiceAsync(job, serviceId);
        }

        total.Restart();
        var perInvoice = new Samples();
        var timed = due.Skip(WarmUpInvoices).ToList();
        for (var i = 0; i < timed.Count; i++)
        {
            var watch = Stopwatch.StartNew();
            await InvoiceAsync(job, timed[i]);
            perInvoice.Add(watch.Elapsed);
            if ((i + 1) % 50 == 0 || i + 1 == timed.Count)
            {
                Console.Write(string.Create(CultureInfo.InvariantCulture, $"\r  renewals {i + 1,6:N0} of {timed.Count:N0}"));
            }
        }

        Console.WriteLine();
        return new RenewalResult(timed.Count, total.Elapsed, perInvoice);
    }

    private static async Task InvoiceAsync(ServiceRenewals job, Guid serviceId)
    {
        if (!await job.InvoiceAsync(serviceId))
        {
            throw new InvalidOperationException($"The renewal of service {serviceId} was not invoiced.");
        }
    }

    // Products of the run's own and, spread over the customers, active services renewing between
    // tomorrow and four weeks from now, in use for a year.
    private static async Task<HashSet<Guid>> SeedAsync(IServiceProvider services, List<BilledCustomer> customers, int count, DateTime now, Faker faker)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var products = Products.Select(p => new Product
        {
            Id = Guid.NewGuid(), Kind = p.Kind, Code = "bench-renewal-" + Guid.NewGuid().ToString("N")[..12], NameEn = p.English, NameNl = p.Dutch,
            PeriodMonths = p.Months, PriceExclVat = p.Price, Active = true, Tld = p.Kind == ProductKind.DomainExtension ? "nl" : null,
            RackUnits = p.Kind == ProductKind.Colocation ? 1 : null, CreatedAt = now,
        }).ToList();
        db.AddRange(products);
        var ids = new HashSet<Guid>();
        for (var i = 0; i < count; i++)
        {
            var product = faker.PickRandom(products);
            var domain = faker.Internet.DomainWord() + "-" + i.ToString(CultureInfo.InvariantCulture) + ".nl";
            var service = new Service
            {
                Id = Guid.NewGuid(), CustomerId = customers[i % customers.Count].Id, ProductId = product.Id, Kind = product.Kind,
                Name = product.Kind == ProductKind.Mailbox ? "info@" + domain : product.Kind == ProductKind.Colocation ? "Rack R" + (i % 40).ToString(CultureInfo.InvariantCulture) : domain,
                Status = ServiceStatus.Active, CreatedAt = now.AddYears(-1), ActivatedAt = now.AddYears(-1),
                RenewsOn = now.AddDays(1).AddMinutes(faker.Random.Int(0, 27 * 24 * 60)),
                SupplierReference = product.Kind == ProductKind.DomainExtension ? faker.Random.Int(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture) : null,
            };
            db.Add(service);
            ids.Add(service.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }
}
