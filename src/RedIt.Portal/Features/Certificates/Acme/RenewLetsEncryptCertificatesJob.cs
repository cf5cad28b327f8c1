using Microsoft.Extensions.Options;
using Quartz;

namespace RedIt.Portal.Features.Certificates.Acme;

// Daily; on a PostgreSQL cluster one instance fires it, and the renewals it queues are unique per
// certificate anyway. The switch is checked again for a trigger left in the store from before it
// was turned off.
[DisallowConcurrentExecution]
public sealed class RenewLetsEncryptCertificatesJob(LetsEncryptRenewals renewals, IOptions<AcmeOptions> options) : IJob
{
    public static readonly JobKey Key = new("renew-lets-encrypt-certificates", "certificates");

    public static readonly TriggerKey TriggerKey = new("renew-lets-encrypt-certificates-daily", "certificates");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (options.Value.RenewalEnabled)
        {
            await renewals.QueueDueAsync(cancellationToken);
        }
    }
}
