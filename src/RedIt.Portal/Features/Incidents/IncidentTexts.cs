namespace RedIt.Portal.Features.Incidents;

public static class IncidentTexts
{
    public static string Status(IncidentStatus status) => status switch
    {
        IncidentStatus.Draft => "Draft",
        IncidentStatus.Investigating => "Investigating",
        IncidentStatus.Monitoring => "Monitoring",
        IncidentStatus.Resolved => "Resolved",
        _ => status.ToString(),
    };
}
