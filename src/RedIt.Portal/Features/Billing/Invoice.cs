namespace RedIt.Portal.Features.Billing;

// An invoice or a credit note as it was issued (art. 35a Wet OB). The billing details are copied
// onto it: an invoice must show what was sent, even after the customer moves or changes their name
// (2.4). Once issued it never changes, apart from being paid, credited or, after seven years,
// anonymised; a correction is a credit note with its own number.
public class Invoice
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public InvoiceKind Kind { get; set; }

    // Gap-free per year: "2026-000123" for invoices, "C2026-000004" for credit notes (InvoiceNumbers).
    public string Number { get; set; } = "";

    // A credit note names the invoice it corrects.
    public Guid? CreditsInvoiceId { get; set; }

    // The order it charges for; empty for renewals and invoices Finance issued by hand.
    public Guid? OrderId { get; set; }

    // Finance, when issued by hand.
    public Guid? IssuedById { get; set; }

    public DateTime IssuedOn { get; set; }

    // The last day to pay, a calendar date in Amsterdam.
    public DateOnly DueOn { get; set; }

    // The supply period the invoice charges for.
    public DateOnly? PeriodFrom { get; set; }

    public DateOnly? PeriodTo { get; set; }

    public InvoiceStatus Status { get; set; }

    public DateTime? PaidAt { get; set; }

    // The language the invoice, its PDF and its mails are written in.
    public string Culture { get; set; } = "nl";

    public VatTreatment VatTreatment { get; set; }

    public decimal TotalExclVat { get; set; }

    public decimal TotalVat { get; set; }

    // Including VAT: what the customer pays. Negative on a credit note.
    public decimal Total { get; set; }

    public string BillingName { get; set; } = "";

    public string BillingStreet { get; set; } = "";

    public string BillingHouseNumber { get; set; } = "";

    public string BillingPostalCode { get; set; } = "";

    public string BillingCity { get; set; } = "";

    public string BillingCountryCode { get; set; } = "NL";

    // Printed on a reverse-charged invoice, as the law requires.
    public string? BuyerVatNumber { get; set; }

    // VIES's consultation number: the proof the number was valid when the VAT was reverse charged.
    public string? VatConsultationNumber { get; set; }

    public string? Email { get; set; }

    public DateTime? AnonymisedAt { get; set; }

    public List<InvoiceLine> Lines { get; set; } = [];

    public List<PaymentRecord> Payments { get; set; } = [];
}
