namespace RedIt.Portal.Features.Support;

// Stored as text. New: nobody on the desk has answered yet.
public enum TicketStatus
{
    New,
    Open,
    WaitingForCustomer,
    Closed,
}
