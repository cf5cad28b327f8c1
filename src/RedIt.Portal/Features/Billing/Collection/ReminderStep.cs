namespace RedIt.Portal.Features.Billing.Collection;

// The next mail an overdue invoice is due to get, and the day it is due.
public sealed record ReminderStep(InvoiceCommunicationKind Kind, DateOnly DueOn, int Number, bool LastReminder, bool Business)
{
    public bool IsLetter => Kind == InvoiceCommunicationKind.FourteenDayLetter;

    // The mail that gives the last term before costs: the 14-day letter, or a business customer's
    // last reminder (a business gets no letter).
    public bool Final => IsLetter || (Business && LastReminder);

    // A private customer's last reminder announces the letter.
    public bool LetterNext => !Business && LastReminder && !IsLetter;
}
