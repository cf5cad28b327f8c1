using Quartz;
using RedIt.Portal.Features.DataRequests;

namespace RedIt.Portal.Features.Retention;

// Clustered on a shared database, one instance fires it per schedule; DisallowConcurrentExecution
// keeps a manual trigger from overlapping the nightly one.
[DisallowConcurrentExecution]
public sealed class RetentionSweepJob(RetentionRuns runs, DataRequestService requests) : IJob
{
    public static readonly JobKey Key = new("retention-sweep", "privacy");

    public static readonly TriggerKey TriggerKey = new("retention-sweep-nightly", "privacy");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await runs.RunAsync(dryRun: false, RetentionSweepTrigger.Schedule, cancellationToken);
        // Requests from the public form that nobody confirmed within a week go too, even on a night
        // when no admin opened the queue.
        await requests.PurgeUnconfirmedAsync(cancellationToken);
    }
}
