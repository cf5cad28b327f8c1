namespace RedIt.Portal.Features.Calls;

public enum CallDirection
{
    Inbound,
    Outbound,
}
