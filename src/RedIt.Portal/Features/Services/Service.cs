using RedIt.Portal.Features.Catalog;

namespace RedIt.Portal.Features.Services;

// Something the customer has from us: a domain, a certificate, a hosting package, a mailbox or
// rack space. Orders create services; renewals extend them.
public class Service
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public Guid ProductId { get; set; }

    public Product Product { get; set; } = null!;

    public ProductKind Kind { get; set; }

    // The domain, the certificate's name, the hosting's main domain or the mailbox's address.
    public string Name { get; set; } = "";

    public ServiceStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ActivatedAt { get; set; }

    public DateTime? RenewsOn { get; set; }

    public DateTime? EndedAt { get; set; }

    // The supplier's id for it, e.g. Openprovider's domain id.
    public string? SupplierReference { get; set; }

    // Where it runs (a hosting server, a mail platform, a rack), so an outage notice reaches
    // exactly the customers with a service there.
    public string? Platform { get; set; }

    public string? NameServers { get; set; }

    // What the hosting platform last reported; alerts are sent from these (2.8).
    public long? TrafficUsedBytes { get; set; }

    public long? TrafficLimitBytes { get; set; }

    public long? StorageUsedBytes { get; set; }

    public long? StorageLimitBytes { get; set; }

    public DateTime? UsageReportedAt { get; set; }
}
