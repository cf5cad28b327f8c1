namespace RedIt.Portal.Features.Billing.Collection;

// One invoice of a claim. The invoice is unique here: it is handed over once, in one claim.
public class CollectionClaimInvoice
{
    public Guid ClaimId { get; set; }

    public CollectionClaim Claim { get; set; } = null!;

    public Guid InvoiceId { get; set; }
}
