using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Retention;

public sealed record RetentionIndexView(Paged<RetentionSweepRun> Runs, string Cron, bool ScheduleEnabled);

public sealed record RetentionConfirmView(IReadOnlyList<RetentionSweepRunLine> Preview, RunRetentionInput Input);

public sealed record RetentionRunView(RetentionSweepRun Run, IReadOnlyList<RetentionSweepRunLine> Lines);
