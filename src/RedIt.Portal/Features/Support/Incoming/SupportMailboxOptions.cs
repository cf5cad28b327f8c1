using RedIt.Portal.Infrastructure.Imap;

namespace RedIt.Portal.Features.Support.Incoming;

// The mailbox customers write to. Off unless configured, in Development too: a portal that reads
// a real mailbox by accident would take the mail away from whoever else reads it.
public sealed class SupportMailboxOptions
{
    public const string Section = "Support:Mailbox";

    public bool Enabled { get; set; }

    public string Host { get; set; } = "";

    public int Port { get; set; } = 993;

    public ImapSecurity Security { get; set; } = ImapSecurity.SslOnConnect;

    public string User { get; set; } = "";

    public string Password { get; set; } = "";

    public string Folder { get; set; } = "INBOX";

    public string ProcessedFolder { get; set; } = "Processed";

    public int PollSeconds { get; set; } = 60;

    // How long each run stays connected in IDLE, where the server has it, importing new mail as it
    // arrives; 0 polls only. At most SupportMailFetcher.MaxIdleMinutes.
    public int IdleMinutes { get; set; } = 9;

    public ImapAccount Account => new(Host, Port, Security, User, Password);
}
