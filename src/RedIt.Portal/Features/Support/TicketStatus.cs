namespace RedIt.Portal.Features.Support;

public enum TicketStatus
{
    Open,
    WaitingForCustomer,
    Closed,
}
