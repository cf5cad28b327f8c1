namespace RedIt.Portal.Features.Billing;

public class InvoiceLine
{
    public Guid Id { get; set; }

    public Guid InvoiceId { get; set; }

    public Invoice Invoice { get; set; } = null!;

    // The order of the lines on the invoice.
    public int Position { get; set; }

    // As the law requires: what was supplied, e.g. "Web hosting Basic for example.nl, 12 months".
    public string Description { get; set; } = "";

    public int Quantity { get; set; } = 1;

    public decimal UnitPriceExclVat { get; set; }

    public decimal TotalExclVat { get; set; }

    // 0.21m for 21 %; 0 when reverse charged or outside the EU.
    public decimal VatRate { get; set; }

    // The service this line renews, so a renewal is invoiced once.
    public Guid? ServiceId { get; set; }

    // The invoice date, repeated so the line's own seven years can be counted.
    public DateTime IssuedOn { get; set; }
}
