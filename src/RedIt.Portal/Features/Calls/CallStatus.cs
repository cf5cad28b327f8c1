namespace RedIt.Portal.Features.Calls;

public enum CallStatus
{
    Ringing,
    Answered,
    Ended,
    Missed,
}
