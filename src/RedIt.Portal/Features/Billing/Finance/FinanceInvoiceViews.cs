using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Billing.Finance;

public sealed record InvoiceRow(
    string Number,
    InvoiceKind Kind,
    int? CustomerNumber,
    string BillingName,
    DateTime IssuedOn,
    DateOnly DueOn,
    decimal Total,
    InvoiceStatus Status,
    bool Overdue,
    bool InCollection);

public sealed record InvoiceListView(InvoiceFilter Filter, Paged<InvoiceRow> Invoices, DateOnly Today);

public sealed record InvoiceOrderLink(string Number, bool AwaitingPayment);

// The claim with DAS Incasso the invoice is part of, while DAS Incasso has it.
public sealed record InvoiceClaimLink(Guid Id, string Reference);

// One invoice or credit note with what Finance needs around it. The invoice is read without
// tracking and only shown.
public sealed record StaffInvoiceView(
    Invoice Invoice,
    int? CustomerNumber,
    string? CreditsNumber,
    string? CreditNoteNumber,
    InvoiceOrderLink? Order,
    string? IssuedBy,
    SellerDetails Seller,
    IReadOnlyList<VatRow> VatRows,
    bool Overdue,
    InvoiceClaimLink? Claim)
{
    // Money Finance saw arrive on the bank account for an invoice still open.
    public bool CanRecordTransfer => Invoice.Kind == InvoiceKind.Invoice && Invoice.Status == InvoiceStatus.Open && Invoice.AnonymisedAt is null;

    // A credit note, a credited invoice and one anonymised after its seven years cannot be credited.
    public bool CanBeCredited => Invoice.Kind == InvoiceKind.Invoice && Invoice.Status != InvoiceStatus.Credited && Invoice.AnonymisedAt is null;

    // What crediting an open invoice does to the order that waits for its payment.
    public bool CancelsOrder => Invoice.Status == InvoiceStatus.Open && Order is { AwaitingPayment: true };
}

public sealed record ManualInvoiceForm(ManualInvoiceInput Input);
