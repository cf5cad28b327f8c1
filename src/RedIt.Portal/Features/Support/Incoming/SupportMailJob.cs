using Microsoft.Extensions.Options;
using Quartz;

namespace RedIt.Portal.Features.Support.Incoming;

// On the clustered job store one instance runs it at a time, so two portals never read the same
// mailbox at once; DisallowConcurrentExecution keeps a run that idles from overlapping the next.
// A run that idles ends by itself after IdleMinutes, and the next trigger starts it again, so the
// mailbox is read on whichever instance holds the job, also after one of them stopped.
[DisallowConcurrentExecution]
public sealed class SupportMailJob(SupportMailFetcher fetcher, IOptions<SupportMailboxOptions> options, IHostApplicationLifetime lifetime) : IJob
{
    public static readonly JobKey Key = new("support-mail-fetch", "support");

    public static readonly TriggerKey TriggerKey = new("support-mail-poll", "support");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        // A trigger left in the job store from when the import was on must not read the mailbox now that it is off.
        if (!options.Value.Enabled)
        {
            return;
        }

        // The scheduler waits for running jobs when the portal stops; an IDLE has to end then, not
        // minutes later.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        await fetcher.FetchAndIdleAsync(options.Value, stopping.Token);
    }
}
