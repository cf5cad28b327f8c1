namespace RedIt.Portal.Features.Billing.Collection;

public enum CollectionClaimState
{
    // With DAS Incasso.
    HandedOver,

    // The customer paid DAS Incasso; Finance books the money when DAS Incasso passes it on.
    PaidToCollector,

    // RED-IT took the claim back from DAS Incasso.
    Withdrawn,
}
