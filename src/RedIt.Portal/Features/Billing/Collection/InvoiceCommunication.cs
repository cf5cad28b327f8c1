namespace RedIt.Portal.Features.Billing.Collection;

// A reminder or letter mailed about an invoice, as it was mailed: "the communications we sent"
// that DAS Incasso receives with a claim (2.4), and the proof that a consumer had their 14 days.
public class InvoiceCommunication
{
    public Guid Id { get; set; }

    public Guid InvoiceId { get; set; }

    public Invoice Invoice { get; set; } = null!;

    public InvoiceCommunicationKind Kind { get; set; }

    // When it was put in the outbox, in the same transaction as this row.
    public DateTime SentAt { get; set; }

    public string Culture { get; set; } = "nl";

    public string Subject { get; set; } = "";

    // The plain-text body exactly as mailed, greeting and signature included.
    public string Text { get; set; } = "";

    // The term it gave, on the 14-day letter and on a business customer's last reminder: after
    // this day in Amsterdam the collection costs are due and the claim may go to DAS Incasso.
    public DateOnly? LastDayToPay { get; set; }

    // The costs it announced (StatutoryCollectionCosts over the invoice's total).
    public decimal? CollectionCosts { get; set; }
}
