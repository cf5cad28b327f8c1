namespace RedIt.Portal.Features.Incidents;

public enum IncidentStatus
{
    Draft,
    Investigating,
    Monitoring,
    Resolved,
}
