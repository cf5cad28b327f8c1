using Microsoft.Extensions.Options;
using Quartz;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Retention;

// Clustered on a shared database, one instance fires it per schedule; DisallowConcurrentExecution
// keeps a manual trigger from overlapping the nightly one.
[DisallowConcurrentExecution]
public sealed class RetentionSweepJob(RetentionRuns runs, IOptions<PrivacyOptions> privacy) : IJob
{
    public static readonly JobKey Key = new("retention-sweep", "privacy");

    public static readonly TriggerKey TriggerKey = new("retention-sweep-nightly", "privacy");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        // The scheduler may run for other jobs while the sweep is switched off.
        if (privacy.Value.RetentionSweepEnabled)
        {
            await runs.RunAsync(dryRun: false, RetentionSweepTrigger.Schedule, cancellationToken);
        }
    }
}
