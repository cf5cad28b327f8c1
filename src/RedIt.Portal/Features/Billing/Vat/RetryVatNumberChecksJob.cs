using Quartz;

namespace RedIt.Portal.Features.Billing.Vat;

// Every quarter of an hour: the VAT number checks VIES could not answer. Each check is claimed
// with a lease, so two instances never ask VIES for the same one at once.
[DisallowConcurrentExecution]
public sealed class RetryVatNumberChecksJob(VatNumberVerifications verifications) : IJob
{
    public static readonly JobKey Key = new("retry-vat-number-checks", "billing");

    public static readonly TriggerKey TriggerKey = new("retry-vat-number-checks-quarterly", "billing");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await verifications.RetryDueAsync(cancellationToken);
}
