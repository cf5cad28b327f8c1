namespace RedIt.Portal.Features.DataRequests;

public enum DataRequestStatus
{
    // Sent through the public form; waits until the sender proves the address is theirs.
    AwaitingConfirmation,
    Open,
    Completed,
    Rejected,
}
