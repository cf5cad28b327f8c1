using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Services;

namespace RedIt.Portal.Features.Mailboxes;

// A message the customer marked as spam or not spam, on its way to the filter provider's training
// mailbox (2.6). The message itself is kept only until it is forwarded.
public class SpamReport
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public Service Service { get; set; } = null!;

    public Guid CustomerId { get; set; }

    public SpamVerdict Verdict { get; set; }

    public SpamFilterProvider Provider { get; set; }

    public SpamReportStatus Status { get; set; }

    // The original message (.eml with its headers), encrypted; emptied once forwarded.
    public byte[]? EncryptedMessage { get; set; }

    public long SizeBytes { get; set; }

    public DateTime ReceivedAt { get; set; }

    public DateTime? ForwardedAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? NextAttemptAt { get; set; }

    // The IMAP server's answer, never the message.
    public string? LastError { get; set; }
}
