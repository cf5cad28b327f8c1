namespace RedIt.Portal.Infrastructure.Email;

// A mail the portal has written and the mail server has not yet accepted. Sending deletes it:
// the outbox is a waiting room, not an archive of what we wrote to people.
public class QueuedMail
{
    public Guid Id { get; set; }

    // Whose account the mail is about, so their export shows it and erasure removes it. Empty for
    // someone without an account, such as a requester on the public form.
    public Guid? PersonId { get; set; }

    public string ToAddress { get; set; } = "";

    public string ToName { get; set; } = "";

    public string Subject { get; set; } = "";

    public string TextBody { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    // Threading (RFC 5322), so a mail client shows a ticket's mails as one conversation and a
    // reply finds its ticket: this mail's Message-ID, the one it answers, and the chain before it
    // (space-separated), all without angle brackets. Empty for mails that start nothing.
    public string? MessageId { get; set; }

    public string? InReplyTo { get; set; }

    public string? References { get; set; }

    // Where the recipient's answer should go, when not to the sender (e.g. the support mailbox).
    public string? ReplyTo { get; set; }

    public DateTime QueuedAt { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    // The kind of failure only: a mail server's reply can quote the address.
    public string? LastError { get; set; }

    // The instance sending the mail holds it until this time, so two never send it both.
    public Guid? ClaimToken { get; set; }

    public DateTime? ClaimedUntil { get; set; }
}
