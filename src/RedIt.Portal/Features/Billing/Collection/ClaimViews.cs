using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Billing.Collection;

public sealed record ClaimRow(
    Guid Id, string Reference, int? CustomerNumber, string? CustomerName, int InvoiceCount, DateTime HandedOverAt, string? HandedOverBy,
    CollectionClaimState State, DateTime StateChangedAt, string? CollectorReference);

public sealed record ClaimsView(Paged<ClaimRow> Claims);

// A claim with what left, read back from the request kept with it.
public sealed record ClaimView(ClaimRow Claim, string? StateChangedBy, SentClaim Sent);

public sealed record SentClaim(ClaimDebtor Debtor, IReadOnlyList<SentInvoice> Invoices, IReadOnlyList<SentCommunication> Communications, int Bytes);

public sealed record SentInvoice(string Number, string IssuedOn, string DueOn, string Amount, int PdfBytes);

public sealed record SentCommunication(string SentAt, string Kind, string Subject, string Text);

// Where a claim can go from HandedOver, as its confirmation page and route name it.
public enum ClaimChange
{
    PaidToCollector,
    Withdrawn,
}

public sealed record ClaimChangeView(ClaimRow Claim, ClaimChange Change)
{
    public bool CanChange => Claim.State == CollectionClaimState.HandedOver;
}
