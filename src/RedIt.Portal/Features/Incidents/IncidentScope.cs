namespace RedIt.Portal.Features.Incidents;

// What an incident affects: every service of a product, or every service on a platform (a hosting
// server, a mail platform, a rack). One of the two is set.
public class IncidentScope
{
    public Guid Id { get; set; }

    public Guid IncidentId { get; set; }

    public Guid? ProductId { get; set; }

    public string? Platform { get; set; }
}
