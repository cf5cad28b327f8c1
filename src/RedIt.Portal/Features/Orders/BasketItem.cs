using RedIt.Portal.Features.Catalog;

namespace RedIt.Portal.Features.Orders;

// What a customer put in their basket and has not checked out yet. It is not an order: nothing
// is owed for it, so it goes after a month instead of the seven years an order is kept.
public class BasketItem
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public Guid ProductId { get; set; }

    public Product Product { get; set; } = null!;

    // The domain to register or transfer, or the name a certificate is for.
    public string? DomainName { get; set; }

    public DomainAction? DomainAction { get; set; }

    // A transfer's auth code, encrypted with the data-protection keys (DomainTransferCodes).
    public string? ProtectedAuthCode { get; set; }

    public int Quantity { get; set; } = 1;

    public DateTime AddedAt { get; set; }
}
