using Microsoft.Extensions.Options;
using Quartz;

namespace RedIt.Portal.Features.Billing.Renewals;

// Daily; on a PostgreSQL cluster one instance fires it, and each renewal is unique per service and
// date anyway. The switch is checked again for a trigger left in the store from before it was turned off.
[DisallowConcurrentExecution]
public sealed class InvoiceRenewalsJob(ServiceRenewals renewals, IOptions<RenewalOptions> options) : IJob
{
    public static readonly JobKey Key = new("invoice-renewals", "billing");

    public static readonly TriggerKey TriggerKey = new("invoice-renewals-daily", "billing");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.Enabled)
        {
            await renewals.InvoiceDueAsync(cancellationToken);
        }
    }
}
