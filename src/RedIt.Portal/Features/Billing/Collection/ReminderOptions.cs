namespace RedIt.Portal.Features.Billing.Collection;

// "Billing:Reminders" in appsettings: when an overdue invoice gets its reminders and, for a
// private customer, the 14-day letter, and the daily job that sends them.
public sealed class ReminderOptions
{
    public const string Section = "Billing:Reminders";

    public const int MaxReminders = 3;

    // Left unset rather than defaulted here: the configuration binder adds to an array it finds
    // filled, so [7, 21] plus a configured [10] would become [7, 21, 10].
    public int[]? DaysAfterDue { get; set; }

    // Days after the due date of each reminder, in order.
    public IReadOnlyList<int> ReminderDays => DaysAfterDue is { Length: > 0 } configured ? configured : [7, 21];

    // The 14-day letter goes this many days after the last reminder.
    public int LetterDaysAfterLastReminder { get; set; } = 7;

    // Off unless switched on: a portal that mails customers about money does so because its
    // operator decided to, not because it was started.
    public bool Enabled { get; set; }

    // Quartz cron in Amsterdam time: daily at 09:00, so a reminder arrives in office hours.
    public string Cron { get; set; } = "0 0 9 * * ?";

    public bool IsValid() =>
        ReminderDays.Count is >= 1 and <= MaxReminders
        && ReminderDays[0] >= 1
        && ReminderDays.Zip(ReminderDays.Skip(1)).All(pair => pair.Second > pair.First)
        && LetterDaysAfterLastReminder >= 1
        && Quartz.CronExpression.TryParse(Cron, out _);
}
