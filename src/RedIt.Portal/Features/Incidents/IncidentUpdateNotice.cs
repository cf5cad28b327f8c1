namespace RedIt.Portal.Features.Incidents;

// That one customer was mailed one update of an outage. Unique per pair, so a double submit or a
// second instance mails nobody twice.
public class IncidentUpdateNotice
{
    public Guid Id { get; set; }

    public Guid UpdateId { get; set; }

    public Guid CustomerId { get; set; }

    public DateTime QueuedAt { get; set; }
}
