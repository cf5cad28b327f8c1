namespace RedIt.Portal.Features.Billing.Collection;

// How reminders and claims read on the staff pages. Keys of SharedResource.
public static class CollectionTexts
{
    public static string Kind(InvoiceCommunicationKind kind) => kind switch
    {
        InvoiceCommunicationKind.Reminder1 => "Reminder 1",
        InvoiceCommunicationKind.Reminder2 => "Reminder 2",
        InvoiceCommunicationKind.Reminder3 => "Reminder 3",
        _ => "14-day letter",
    };

    public static string State(CollectionClaimState state) => state switch
    {
        CollectionClaimState.HandedOver => "With DAS Incasso",
        CollectionClaimState.PaidToCollector => "Paid to DAS Incasso",
        _ => "Withdrawn",
    };
}
