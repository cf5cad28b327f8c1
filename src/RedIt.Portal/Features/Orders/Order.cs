namespace RedIt.Portal.Features.Orders;

// A checked-out basket: what billing invoices and what provisioning delivers. Its lines keep the
// price and description as ordered, so a later change to the catalogue never changes an order.
public class Order
{
    public Guid Id { get; set; }

    // Gap-free per year, e.g. "ORD-2026-000123" (NumberSequences).
    public string Number { get; set; } = "";

    public Guid CustomerId { get; set; }

    public OrderStatus Status { get; set; }

    public DateTime PlacedAt { get; set; }

    public DateTime? PaidAt { get; set; }

    // Until billing takes payments, staff mark an order paid by hand; this says who did.
    public Guid? MarkedPaidById { get; set; }

    public DateTime? CompletedAt { get; set; }

    public DateTime? CancelledAt { get; set; }

    public decimal TotalExclVat { get; set; }

    // The language of the order's mails.
    public string Culture { get; set; } = "nl";

    public List<OrderLine> Lines { get; set; } = [];
}
