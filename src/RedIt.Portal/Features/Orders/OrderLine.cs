using RedIt.Portal.Features.Catalog;

namespace RedIt.Portal.Features.Orders;

public class OrderLine
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public Order Order { get; set; } = null!;

    public Guid ProductId { get; set; }

    public ProductKind ProductKind { get; set; }

    // As shown on the order and the invoice, e.g. "Domain example.nl, 1 year".
    public string Description { get; set; } = "";

    public int Quantity { get; set; } = 1;

    public int PeriodMonths { get; set; }

    public decimal UnitPriceExclVat { get; set; }

    public decimal TotalExclVat { get; set; }

    public string? DomainName { get; set; }

    public DomainAction? DomainAction { get; set; }

    // A transfer's auth code, encrypted, until payment moves it to the transfer step.
    public string? ProtectedAuthCode { get; set; }

    // The registrant the domain is registered for; the same contact serves later orders.
    public Guid? DomainContactId { get; set; }

    // Space-separated host names; empty means the supplier's default name servers.
    public string? NameServers { get; set; }

    // The service this line created, or the one it renews.
    public Guid? ServiceId { get; set; }
}
