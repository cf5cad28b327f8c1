namespace RedIt.Portal.Features.Colocation;

public enum VisitStatus
{
    Requested,
    Approved,
    Declined,
    Cancelled,
}
