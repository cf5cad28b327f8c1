using Microsoft.Extensions.Options;
using Quartz;

namespace RedIt.Portal.Features.Support.Desk;

// Hourly; DisallowConcurrentExecution keeps a slow run from overlapping the next one. The check
// of the switch covers a trigger left in the job store from before it was turned off.
[DisallowConcurrentExecution]
public sealed class CloseWaitingTicketsJob(WaitingTickets tickets, IOptions<SupportOptions> options) : IJob
{
    public static readonly JobKey Key = new("close-waiting-tickets", "support");

    public static readonly TriggerKey TriggerKey = new("close-waiting-tickets-hourly", "support");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.AutoCloseEnabled)
        {
            await tickets.CloseAsync(cancellationToken);
        }
    }
}
