using Microsoft.Extensions.Options;
using Quartz;

namespace RedIt.Portal.Features.AccountRecovery;

// Hourly; on a PostgreSQL cluster one instance runs it, and DisallowConcurrentExecution keeps a
// slow run from overlapping the next. The switch is checked again for a trigger left in the store.
[DisallowConcurrentExecution]
public sealed class AbandonRecoveryCasesJob(AbandonedRecoveries recoveries, IOptions<RecoveryOptions> options) : IJob
{
    public static readonly JobKey Key = new("abandon-recovery-cases", "account-recovery");

    public static readonly TriggerKey TriggerKey = new("abandon-recovery-cases-hourly", "account-recovery");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.AbandonEnabled)
        {
            await recoveries.AbandonAsync(cancellationToken);
        }
    }
}
