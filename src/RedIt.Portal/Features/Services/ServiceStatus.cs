namespace RedIt.Portal.Features.Services;

public enum ServiceStatus
{
    Pending,
    Active,
    Suspended,
    Ended,
    Failed,
}
