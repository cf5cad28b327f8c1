namespace RedIt.Portal.Infrastructure.Email;

public sealed record OutgoingMail(string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody)
{
    // Empty for a mail that starts no conversation.
    public MailThreading? Threading { get; init; }

    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
}

// RFC 5322 threading, ids without angle brackets: this mail's Message-ID, the one it answers and
// the chain before it (space-separated), and where the recipient's answer should go.
public sealed record MailThreading(string MessageId, string? InReplyTo = null, string? References = null, string? ReplyTo = null);
