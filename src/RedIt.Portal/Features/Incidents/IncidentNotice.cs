namespace RedIt.Portal.Features.Incidents;

// That one customer was mailed about one incident. Unique per pair, so publishing again, or a
// second instance publishing at the same moment, mails nobody twice.
public class IncidentNotice
{
    public Guid Id { get; set; }

    public Guid IncidentId { get; set; }

    public Guid CustomerId { get; set; }

    public DateTime QueuedAt { get; set; }
}
