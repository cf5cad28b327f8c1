using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Orders.Provisioning;

// Hosting, mailboxes and rack space run on RED-IT's own platforms: delivering one sends nothing to a
// third party, it assigns the platform the service runs on, which outage notices are addressed by.
public sealed class PlatformActivation(ProvisioningStepKind kind, IOptions<ProvisioningOptions> options) : IProvisioningStepHandler
{
    public ProvisioningStepKind Kind => kind;

    public Task<PlannedDisclosure?> DisclosureAsync(StepRun run, CancellationToken cancellationToken) =>
        Task.FromResult<PlannedDisclosure?>(null);

    public Task<StepOutcome> RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var platform = kind switch
        {
            ProvisioningStepKind.CreateHosting => options.Value.HostingPlatform,
            ProvisioningStepKind.CreateMailbox => options.Value.MailPlatform,
            _ => options.Value.ColocationPlatform,
        };
        if (run.Service is { } service)
        {
            service.Platform ??= platform;
        }

        return Task.FromResult(StepOutcome.Done());
    }
}
