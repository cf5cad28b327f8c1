namespace RedIt.Portal.Features.Billing.Collection;

// When each step of an overdue invoice is due. A reminder is due its configured days after the due
// date, but never sooner after the one before than planned, so a job that did not run for a while
// catches up one step at a time instead of sending them all on one day. The 14-day letter follows
// the last reminder, for private customers only: a business customer owes the statutory costs
// after its last reminder's term without one (art. 6:96 BW).
public static class ReminderSchedule
{
    public static ReminderStep? Next(DateOnly invoiceDueOn, bool business, IReadOnlyDictionary<InvoiceCommunicationKind, DateOnly> sentOn, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentOn);
        ArgumentNullException.ThrowIfNull(options);
        var days = options.ReminderDays;
        DateOnly? previous = null;
        var previousDays = 0;
        for (var i = 0; i < days.Count; i++)
        {
            var kind = Reminder(i + 1);
            var due = invoiceDueOn.AddDays(days[i]);
            if (previous is { } before && before.AddDays(days[i] - previousDays) > due)
            {
                due = before.AddDays(days[i] - previousDays);
            }

            if (!sentOn.TryGetValue(kind, out var sent))
            {
                return new ReminderStep(kind, due, i + 1, LastReminder: i == days.Count - 1, business);
            }

            previous = sent;
            previousDays = days[i];
        }

        if (business || sentOn.ContainsKey(InvoiceCommunicationKind.FourteenDayLetter))
        {
            return null;
        }

        return new ReminderStep(InvoiceCommunicationKind.FourteenDayLetter, previous!.Value.AddDays(options.LetterDaysAfterLastReminder), days.Count + 1, LastReminder: false, Business: false);
    }

    public static InvoiceCommunicationKind Reminder(int number) => number switch
    {
        1 => InvoiceCommunicationKind.Reminder1,
        2 => InvoiceCommunicationKind.Reminder2,
        3 => InvoiceCommunicationKind.Reminder3,
        _ => throw new ArgumentOutOfRangeException(nameof(number), number, "At most three reminders."),
    };
}
