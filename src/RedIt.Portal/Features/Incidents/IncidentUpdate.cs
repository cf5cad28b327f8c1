namespace RedIt.Portal.Features.Incidents;

// What staff said about a published outage later on (2.8): how far the work is, and the closing
// text when it is resolved. Kept, so the status page tells the outage's story in order. Its id is
// the key the form carries, so a double submit posts (and mails) one update.
public class IncidentUpdate
{
    public Guid Id { get; set; }

    public Guid IncidentId { get; set; }

    // The outage's status this update set: Investigating, Monitoring or Resolved.
    public IncidentStatus Status { get; set; }

    public string BodyEn { get; set; } = "";

    public string BodyNl { get; set; } = "";

    public DateTime PostedAt { get; set; }

    // Whether staff chose to mail it to the customers told about the outage before.
    public bool Mailed { get; set; }
}
