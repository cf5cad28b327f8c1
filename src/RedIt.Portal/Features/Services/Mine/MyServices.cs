using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Certificates;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Services.Mine;

// A customer's own services: what they have, where each stands, when it renews, and what was sent
// to which supplier to deliver it (2.3). Another customer's service is not found.
public sealed class MyServices(PortalDbContext db)
{
    public const int PageSize = 25;

    public Task<Paged<MyServiceRow>> PageAsync(Guid customerId, string? search, int page, CancellationToken cancellationToken = default)
    {
        var services = db.Set<Service>().AsNoTracking().Where(s => s.CustomerId == customerId);
        if (search?.Trim().ToLowerInvariant() is { Length: > 0 } lower)
        {
            // Translated to SQL lower(), the same on SQLite and PostgreSQL.
#pragma warning disable CA1304, CA1311, CA1862
            services = services.Where(s => s.Name.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return services
            .OrderBy(s => s.Status == ServiceStatus.Ended).ThenBy(s => s.Name).ThenBy(s => s.Id)
            .ToPagedAsync(s => new MyServiceRow(s.Id, s.Name, s.Kind, s.Product.NameEn, s.Product.NameNl, s.Status, s.RenewsOn), page, PageSize, cancellationToken);
    }

    public async Task<MyServiceView?> FindAsync(Guid customerId, Guid id, CancellationToken cancellationToken = default)
    {
        var service = await db.Set<Service>().AsNoTracking()
            .Where(s => s.CustomerId == customerId && s.Id == id)
            .Select(s => new
            {
                Row = new MyServiceRow(s.Id, s.Name, s.Kind, s.Product.NameEn, s.Product.NameNl, s.Status, s.RenewsOn),
                s.ActivatedAt,
                s.NameServers,
                Usage = new ServiceUsage(s.TrafficUsedBytes, s.TrafficLimitBytes, s.Product.TrafficLimitGb, s.StorageUsedBytes, s.StorageLimitBytes, s.Product.StorageLimitGb, s.UsageReportedAt),
                // The order that delivered it: its disclosures carry the order's number.
                OrderNumber = db.Set<OrderLine>().Where(l => l.ServiceId == s.Id).OrderBy(l => l.Order.PlacedAt).Select(l => l.Order.Number).FirstOrDefault(),
                // A delivery that waits for the registry or for the customer says so on the page.
                Wait = db.Set<ProvisioningStep>()
                    .Where(p => p.ServiceId == s.Id && (p.Status == ProvisioningStepStatus.WaitingForCustomer || p.Status == ProvisioningStepStatus.WaitingForSupplier))
                    .OrderBy(p => p.Sequence)
                    .Select(p => new ServiceWait(p.Kind, p.Status))
                    .FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (service is null)
        {
            return null;
        }

        var sent = service.OrderNumber is null
            ? []
            : await db.Set<Disclosure>().AsNoTracking()
                .Where(d => d.PersonId == customerId && d.Reference == service.OrderNumber)
                .OrderBy(d => d.At).ThenBy(d => d.Id)
                .Select(d => new SentToSupplier(d.Recipient, d.DataItems, d.Purpose, d.At))
                .ToListAsync(cancellationToken);
        // The latest certificate of a certificate service; what it is, never its key.
        var certificate = service.Row.Kind == Catalog.ProductKind.SslCertificate
            ? await db.Set<IssuedCertificate>().AsNoTracking()
                .Where(c => c.ServiceId == id)
                .OrderByDescending(c => c.IssuedAt)
                .Select(c => new ServiceCertificate(c.Issuer, c.NotBefore, c.NotAfter, c.ProtectedPrivateKey != null))
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        return new MyServiceView(service.Row, service.ActivatedAt, service.NameServers, service.OrderNumber, sent, certificate, service.Wait,
            service.Usage.ReportedAt is null ? null : service.Usage);
    }
}

public sealed record MyServiceRow(Guid Id, string Name, Catalog.ProductKind Kind, string ProductNameEn, string ProductNameNl, ServiceStatus Status, DateTime? RenewsOn)
{
    public string ProductNameIn(string culture) => culture.StartsWith("nl", StringComparison.Ordinal) ? ProductNameNl : ProductNameEn;
}

public sealed record SentToSupplier(string Recipient, string DataItems, string Purpose, DateTime At);

public sealed record ServiceCertificate(string Issuer, DateTime NotBefore, DateTime NotAfter, bool HasPrivateKey);

public sealed record MyServiceView(MyServiceRow Service, DateTime? ActivatedAt, string? NameServers, string? OrderNumber, IReadOnlyList<SentToSupplier> Sent, ServiceCertificate? Certificate = null, ServiceWait? Wait = null, ServiceUsage? Usage = null);

// What the hosting platform last reported (2.8); a limit it reported wins over the product's.
public sealed record ServiceUsage(long? TrafficUsedBytes, long? TrafficLimitBytes, int? ProductTrafficLimitGb, long? StorageUsedBytes, long? StorageLimitBytes, int? ProductStorageLimitGb, DateTime? ReportedAt)
{
    private const decimal BytesPerGb = 1_000_000_000m;

    public decimal? TrafficUsedGb => TrafficUsedBytes / BytesPerGb;

    public decimal? TrafficLimitGb => TrafficLimitBytes / BytesPerGb ?? ProductTrafficLimitGb;

    public decimal? StorageUsedGb => StorageUsedBytes / BytesPerGb;

    public decimal? StorageLimitGb => StorageLimitBytes / BytesPerGb ?? ProductStorageLimitGb;
}

// A step of the delivery that waits; the supplier's own words stay on the staff page.
public sealed record ServiceWait(ProvisioningStepKind Kind, ProvisioningStepStatus Status);

public sealed record MyServicesView(string? Search, Paged<MyServiceRow> Services);
