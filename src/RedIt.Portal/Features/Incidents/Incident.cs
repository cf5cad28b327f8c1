namespace RedIt.Portal.Features.Incidents;

// An outage staff publish on the status page (2.8). Publishing mails the customers with a service
// on an affected product or platform, and nobody else.
public class Incident
{
    public Guid Id { get; set; }

    public string TitleEn { get; set; } = "";

    public string TitleNl { get; set; } = "";

    public string BodyEn { get; set; } = "";

    public string BodyNl { get; set; } = "";

    public IncidentStatus Status { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<IncidentScope> Scopes { get; set; } = [];

    public List<IncidentUpdate> Updates { get; set; } = [];
}
