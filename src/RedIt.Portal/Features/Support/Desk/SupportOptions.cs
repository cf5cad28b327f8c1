namespace RedIt.Portal.Features.Support.Desk;

public sealed class SupportOptions
{
    public const string Section = "Support";

    // The Reply-To of the desk's replies, e.g. the mailbox the mail import reads. Empty: none, the
    // answer goes to Email:From.
    public string? ReplyAddress { get; set; }

    // A ticket waiting for the customer this long after its last message is closed, with a mail.
    public int CloseWaitingAfterDays { get; set; } = 14;

    // Off in the tests, which call WaitingTickets themselves instead of racing a background job.
    public bool AutoCloseEnabled { get; set; } = true;

    // Hourly, in UTC.
    public string AutoCloseCron { get; set; } = "0 17 * * * ?";
}
