namespace RedIt.Portal.Features.Support.MyTickets;

public sealed record MyTicketRow(int Number, string Subject, TicketStatus Status, DateTime LastMessageAt);

// What the customer sees of one ticket: their messages and the staff's replies, never the notes.
public sealed record MyTicketPage(
    int Number,
    string Subject,
    TicketStatus Status,
    DateTime OpenedAt,
    IReadOnlyList<MyTicketMessage> Messages,
    ReplyInput Reply,
    bool PlainText = false);

public sealed record MyTicketMessage(Guid Id, TicketMessageKind Kind, string Body, DateTime SentAt, string? Html = null)
{
    public IReadOnlyList<AttachmentLink> Attachments { get; init; } = [];
}
