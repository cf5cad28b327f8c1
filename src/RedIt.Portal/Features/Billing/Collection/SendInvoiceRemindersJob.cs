using Microsoft.Extensions.Options;
using Quartz;

namespace RedIt.Portal.Features.Billing.Collection;

// Daily; on a PostgreSQL cluster one instance fires it, and each step is unique per invoice
// anyway. The switch is checked again for a trigger left in the store from before it was turned off.
[DisallowConcurrentExecution]
public sealed class SendInvoiceRemindersJob(InvoiceReminders reminders, IOptions<ReminderOptions> options) : IJob
{
    public static readonly JobKey Key = new("send-invoice-reminders", "billing");

    public static readonly TriggerKey TriggerKey = new("send-invoice-reminders-daily", "billing");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.Enabled)
        {
            await reminders.SendDueAsync(cancellationToken);
        }
    }
}
