namespace RedIt.Portal.Features.Support;

public class TicketMessage
{
    public Guid Id { get; set; }

    public Guid TicketId { get; set; }

    public Ticket Ticket { get; set; } = null!;

    // The customer or the staff member who wrote it; empty for mail from an unknown sender.
    public Guid? AuthorUserId { get; set; }

    public string Body { get; set; } = "";

    public string? SenderIp { get; set; }

    public DateTime SentAt { get; set; }
}
