using Quartz;

namespace RedIt.Portal.Features.Retention;

// Clustered on a shared database, one instance fires it per schedule; DisallowConcurrentExecution
// keeps a manual trigger from overlapping the nightly one.
[DisallowConcurrentExecution]
public sealed class RetentionSweepJob(RetentionRuns runs) : IJob
{
    public static readonly JobKey Key = new("retention-sweep", "privacy");

    public static readonly TriggerKey TriggerKey = new("retention-sweep-nightly", "privacy");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await runs.RunAsync(dryRun: false, RetentionSweepTrigger.Schedule, cancellationToken);
}
