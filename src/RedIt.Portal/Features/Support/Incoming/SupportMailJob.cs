using Microsoft.Extensions.Options;
using Quartz;

namespace RedIt.Portal.Features.Support.Incoming;

// On the clustered job store one instance runs it at a time, so two portals never read the same
// mailbox at once; DisallowConcurrentExecution keeps a slow run from overlapping the next.
[DisallowConcurrentExecution]
public sealed class SupportMailJob(SupportMailFetcher fetcher, IOptions<SupportMailboxOptions> options) : IJob
{
    public static readonly JobKey Key = new("support-mail-fetch", "support");

    public static readonly TriggerKey TriggerKey = new("support-mail-poll", "support");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        // A trigger left in the job store from when the import was on must not read the mailbox now that it is off.
        if (options.Value.Enabled)
        {
            await fetcher.FetchAsync(options.Value, cancellationToken);
        }
    }
}
