namespace RedIt.Portal.Features.Retention;

public sealed record RetentionIndexView(IReadOnlyList<RetentionSweepRun> Runs, int Page, int Pages, string Cron, bool ScheduleEnabled);

public sealed record RetentionRunView(RetentionSweepRun Run, IReadOnlyList<RetentionSweepRunLine> Lines);
