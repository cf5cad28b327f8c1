namespace RedIt.Portal.Features.Support;

public class TicketMessage
{
    public Guid Id { get; set; }

    public Guid TicketId { get; set; }

    public Ticket Ticket { get; set; } = null!;

    // The customer or the staff member who wrote it; empty for mail from an unknown sender.
    public Guid? AuthorUserId { get; set; }

    public TicketMessageKind Kind { get; set; }

    // The sender's address for mail that came in, or the customer's for the contact form.
    public string? FromAddress { get; set; }

    // The RFC 5322 Message-ID of the mail this message is (in or out), without angle brackets:
    // replies find their ticket by it, and a mail fetched twice is stored once.
    public string? MessageId { get; set; }

    // The text as written; for an HTML mail, its text without the markup (see Html for the rest).
    public string Body { get; set; } = "";

    // An HTML mail's markup after sanitising: no scripts, no styles that load, no remote images.
    // Empty for everything else.
    public string? Html { get; set; }

    public DateTime SentAt { get; set; }

    public List<TicketAttachment> Attachments { get; set; } = [];
}
