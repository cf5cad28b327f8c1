namespace RedIt.Portal.Features.Billing.Renewals;

// "Billing:Renewals" in appsettings: how long before a service renews its renewal is invoiced,
// and the daily job that does it.
public sealed class RenewalOptions
{
    public const string Section = "Billing:Renewals";

    // Off unless switched on, as the reminders: a portal that invoices customers does so because
    // its operator decided to, not because it was started.
    public bool Enabled { get; set; }

    // Thirty days leave the 14-day payment term and a reminder before the service's date.
    public int DaysAhead { get; set; } = 30;

    // Quartz cron in Amsterdam time: daily at 06:00, so the invoice is in the mailbox in the morning.
    public string Cron { get; set; } = "0 0 6 * * ?";

    public bool IsValid() => DaysAhead is >= 1 and <= 366 && Quartz.CronExpression.TryParse(Cron, out _);
}
