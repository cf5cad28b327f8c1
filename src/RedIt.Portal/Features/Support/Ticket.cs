namespace RedIt.Portal.Features.Support;

// A customer-service conversation (2.1); PersonId is empty when the sender has no account.
public class Ticket
{
    public Guid Id { get; set; }

    public Guid? PersonId { get; set; }

    public string Subject { get; set; } = "";

    public TicketStatus Status { get; set; }

    public DateTime OpenedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public List<TicketMessage> Messages { get; set; } = [];
}
