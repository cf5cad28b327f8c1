using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Payments;
using RedIt.Portal.Features.Billing.Renewals;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Infrastructure.Time;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Billing.Renewals;

// A portal on a clock the test moves, with the provisioning worker off: the renewals are invoiced
// by the same service the daily job calls, and a paid renewal is delivered when the test says so.
public sealed class RenewalPortal : PortalFactory
{
    public RenewalPortal()
    {
        With("Provisioning:WorkerEnabled", "false");
    }

    public MovedClock Clock { get; } = new();

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    // 08:00 UTC is 09:00 or 10:00 in Amsterdam: the day is the same calendar day there.
    public void MoveToDay(DateOnly day) => Clock.MoveTo(day.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc));

    public static DateOnly AmsterdamDay(DateTime utc) => DateOnly.FromDateTime(AmsterdamTime.ToLocal(utc));

    // A product of one test's own, so its price and period are the test's alone.
    public Task<Product> ProductAsync(ProductKind kind, decimal price, int periodMonths, string nameEn, string nameNl, CertificateValidation? validation = null) =>
        WithDbAsync(async db =>
        {
            var code = $"renew-{Guid.NewGuid():N}"[..30];
            var product = new Product
            {
                Id = Guid.NewGuid(), Kind = kind, Code = code, NameEn = nameEn, NameNl = nameNl,
                PriceExclVat = price, PeriodMonths = periodMonths, Active = true, Validation = validation, CreatedAt = Now,
                // A made-up extension no other product has.
                Tld = kind == ProductKind.DomainExtension ? "r" + new string(code.Where(char.IsLetter).Take(8).ToArray()) : null,
            };
            db.Add(product);
            await db.SaveChangesAsync();
            return product;
        });

    // A service in use since a year ago that renews on the given moment.
    public Task<Service> ServiceAsync(Guid customerId, Product product, string name, DateTime renewsOn, ServiceStatus status = ServiceStatus.Active, string? supplierReference = null) =>
        WithDbAsync(async db =>
        {
            var service = new Service
            {
                Id = Guid.NewGuid(), CustomerId = customerId, ProductId = product.Id, Kind = product.Kind, Name = name, Status = status,
                CreatedAt = Now.AddYears(-1), ActivatedAt = Now.AddYears(-1), RenewsOn = renewsOn, SupplierReference = supplierReference,
                EndedAt = status == ServiceStatus.Ended ? Now.AddDays(-1) : null,
            };
            db.Add(service);
            await db.SaveChangesAsync();
            return service;
        });

    public async Task<int> InvoiceRenewalsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServiceRenewals>().InvoiceDueAsync();
    }

    public Task<List<Invoice>> InvoicesForAsync(Guid serviceId) =>
        WithDbAsync(db => db.Set<Invoice>().AsNoTracking().Include(i => i.Lines)
            .Where(i => i.Lines.Any(l => l.ServiceId == serviceId)).OrderBy(i => i.Number).ToListAsync());

    public Task<List<Order>> OrdersForAsync(Guid serviceId) =>
        WithDbAsync(db => db.Set<Order>().AsNoTracking().Include(o => o.Lines)
            .Where(o => o.Lines.Any(l => l.ServiceId == serviceId)).OrderBy(o => o.Number).ToListAsync());

    public Task<Service> StoredServiceAsync(Guid serviceId) =>
        WithDbAsync(db => db.Set<Service>().AsNoTracking().SingleAsync(s => s.Id == serviceId));

    // Paid as a payment notification or Finance settles it: in a transaction, on the portal's clock.
    public async Task<bool> PayAsync(Guid invoiceId)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var settled = await scope.ServiceProvider.GetRequiredService<InvoicePayments>().SettleAsync(invoiceId, Now);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return settled;
    }

    public Task<List<ProvisioningStep>> StepsAsync(Guid orderId) =>
        WithDbAsync(db => db.Set<ProvisioningStep>().AsNoTracking().Where(s => s.OrderId == orderId).OrderBy(s => s.Sequence).ToListAsync());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }
}
