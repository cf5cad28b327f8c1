namespace RedIt.Privacy;

public sealed record RetentionSweepReport(DateTime Now, bool DryRun, IReadOnlyList<RetentionSweepLine> Lines)
{
    public int TotalRows => Lines.Sum(l => l.Rows);
}
