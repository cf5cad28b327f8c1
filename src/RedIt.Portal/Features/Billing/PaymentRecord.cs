namespace RedIt.Portal.Features.Billing;

// What the payment provider reported (1.1): never a card or full account number, only a masked
// reference such as "NL** **** **** **** 1234".
public class PaymentRecord
{
    public Guid Id { get; set; }

    public Guid InvoiceId { get; set; }

    // Ours, new for every attempt, as the provider knows the payment (MultiSafepay's order_id):
    // an attempt that failed is never reused, because the provider refuses a second payment on it.
    public string Reference { get; set; } = "";

    public Invoice Invoice { get; set; } = null!;

    public string Provider { get; set; } = "";

    public string Method { get; set; } = "";

    public string? MaskedReference { get; set; }

    public decimal Amount { get; set; }

    public PaymentStatus Status { get; set; }

    // When the attempt started.
    public DateTime At { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public List<PaymentStatusChange> Changes { get; set; } = [];
}
