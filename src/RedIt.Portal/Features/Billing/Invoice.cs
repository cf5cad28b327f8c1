namespace RedIt.Portal.Features.Billing;

// The billing details are copied onto the invoice when it is issued: an invoice must show what
// was sent, even after the customer moves or changes their name (2.4).
public class Invoice
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public string Number { get; set; } = "";

    public DateTime IssuedOn { get; set; }

    public DateTime DueOn { get; set; }

    public decimal Total { get; set; }

    public string BillingName { get; set; } = "";

    public string BillingStreet { get; set; } = "";

    public string BillingHouseNumber { get; set; } = "";

    public string BillingPostalCode { get; set; } = "";

    public string BillingCity { get; set; } = "";

    public string BillingCountryCode { get; set; } = "NL";

    public string? Email { get; set; }

    public DateTime? AnonymisedAt { get; set; }

    public List<PaymentRecord> Payments { get; set; } = [];
}
