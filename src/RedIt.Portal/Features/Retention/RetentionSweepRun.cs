namespace RedIt.Portal.Features.Retention;

// What one sweep did (or, for a dry run, would have done), kept so an admin can show that
// retention periods are enforced.
public class RetentionSweepRun
{
    public Guid Id { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime FinishedAt { get; set; }

    public bool DryRun { get; set; }

    public RetentionSweepTrigger Trigger { get; set; }

    public int TotalRows { get; set; }

    // The per-category lines as JSON: a run is only ever read whole, never queried by category.
    public string LinesJson { get; set; } = "[]";
}
