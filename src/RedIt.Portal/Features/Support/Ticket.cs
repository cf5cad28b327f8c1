namespace RedIt.Portal.Features.Support;

// A customer-service conversation (2.1); PersonId is empty when the sender has no account.
public class Ticket
{
    public Guid Id { get; set; }

    public Guid? PersonId { get; set; }

    // What the customer quotes ("ticket 1042"); unique, and in every mail's subject as [#1042].
    public int Number { get; set; }

    // Where replies go; the account's address when the ticket belongs to a customer.
    public string Email { get; set; } = "";

    public string? Name { get; set; }

    public string Subject { get; set; } = "";

    // The language of the conversation ("nl" or "en"), for mails to a sender without an account
    // and for the standard answers the desk offers first.
    public string Culture { get; set; } = "nl";

    public TicketTopic Topic { get; set; }

    public TicketStatus Status { get; set; }

    public TicketPriority Priority { get; set; } = TicketPriority.Normal;

    // The staff member working on it; empty while unassigned.
    public Guid? AssigneeUserId { get; set; }

    public DateTime LastMessageAt { get; set; }

    // Since when the customer waits for an answer; empty once staff replied.
    public DateTime? WaitingSince { get; set; }

    public DateTime OpenedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public List<TicketMessage> Messages { get; set; } = [];

    // The customer wrote (in the portal or by mail): the ticket needs an answer again, also when it
    // was closed, since the question evidently is not answered. One nobody answered yet stays New.
    public void CustomerWrote(DateTime at)
    {
        if (Status is TicketStatus.WaitingForCustomer or TicketStatus.Closed)
        {
            Status = TicketStatus.Open;
        }

        ClosedAt = null;
        WaitingSince ??= at;
        LastMessageAt = at;
    }
}
