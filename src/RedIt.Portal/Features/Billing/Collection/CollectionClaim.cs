namespace RedIt.Portal.Features.Billing.Collection;

// Unpaid invoices of one customer handed to DAS Incasso together (2.4), with the request exactly
// as it left, so Finance and the customer's export show what DAS Incasso received.
public class CollectionClaim
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    // Ours, as DAS Incasso knows the claim: "RIT-" and the number of its first invoice. An invoice
    // is in one claim only, so it is unique, and a retry sends the same one.
    public string Reference { get; set; } = "";

    public CollectionClaimState State { get; set; }

    public DateTime HandedOverAt { get; set; }

    public Guid? HandedOverById { get; set; }

    // DAS Incasso's id of the claim, from its answer.
    public string? CollectorReference { get; set; }

    public DateTime StateChangedAt { get; set; }

    public Guid? StateChangedById { get; set; }

    // The JSON body of the request to DAS Incasso, byte for byte as sent.
    public string Payload { get; set; } = "";

    public List<CollectionClaimInvoice> Invoices { get; set; } = [];
}
