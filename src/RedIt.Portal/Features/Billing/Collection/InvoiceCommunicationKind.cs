namespace RedIt.Portal.Features.Billing.Collection;

// In the order they are sent. Stored as text, and unique per invoice, so each goes once.
public enum InvoiceCommunicationKind
{
    Reminder1,
    Reminder2,
    Reminder3,

    // The notice a consumer must get before collection costs are due (art. 6:96 lid 6 BW).
    FourteenDayLetter,
}
