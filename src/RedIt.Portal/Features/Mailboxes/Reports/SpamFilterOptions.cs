using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Infrastructure.Imap;

namespace RedIt.Portal.Features.Mailboxes.Reports;

// Where the reported messages go (2.6): each filter provider's training mailbox. A provider without
// a host is not set up: its reports wait, visibly, rather than being dropped or sent somewhere else.
public sealed class SpamFilterOptions
{
    public const string Section = "SpamFilters";

    // Off only where a test runs the forwarder itself.
    public bool WorkerEnabled { get; set; } = true;

    // A message with its attachments; spam rarely comes near this.
    public long MaxMessageBytes { get; set; } = 10 * 1024 * 1024;

    // After this many failed attempts a report stops: the message is cleared a week after the report anyway.
    public int MaxAttempts { get; set; } = 12;

    public SpamTrainingMailbox SpamExperts { get; set; } = new();

    public SpamTrainingMailbox Microsoft { get; set; } = new();

    public SpamTrainingMailbox For(SpamFilterProvider provider) =>
        provider == SpamFilterProvider.Microsoft ? Microsoft : SpamExperts;
}

public sealed class SpamTrainingMailbox
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 993;

    public ImapSecurity Security { get; set; } = ImapSecurity.SslOnConnect;

    public string User { get; set; } = "";

    public string Password { get; set; } = "";

    public string SpamFolder { get; set; } = "Spam";

    public string NotSpamFolder { get; set; } = "NotSpam";

    public bool Configured => !string.IsNullOrWhiteSpace(Host);

    public ImapAccount Account => new(Host, Port, Security, User, Password);

    public string FolderFor(SpamVerdict verdict) => verdict == SpamVerdict.Spam ? SpamFolder : NotSpamFolder;
}
