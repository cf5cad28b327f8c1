namespace RedIt.Portal.Features.Support;

// An internal note is for colleagues only: shown apart on the desk, never mailed, never shown to the customer.
public enum TicketMessageKind
{
    FromCustomer,
    StaffReply,
    InternalNote,
}
