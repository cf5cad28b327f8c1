namespace RedIt.Portal.Features.Support;

public enum TicketPriority
{
    Low,
    Normal,
    High,
    Urgent,
}
