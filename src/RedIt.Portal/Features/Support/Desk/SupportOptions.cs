namespace RedIt.Portal.Features.Support.Desk;

public sealed class SupportOptions
{
    public const string Section = "Support";

    // The Reply-To of the desk's replies, e.g. the mailbox the mail import reads. Empty: none, the
    // answer goes to Email:From.
    public string? ReplyAddress { get; set; }
}
