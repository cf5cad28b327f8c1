using RedIt.Portal.Infrastructure.Background;

namespace RedIt.Portal.Features.Orders.Provisioning;

// Runs the provisioning steps in the background: at once when an order is paid, and every half
// minute for retries that came due and steps an instance left behind when it stopped.
internal sealed class ProvisioningWorker(ProvisioningSignal signal, IServiceScopeFactory scopes, ILogger<ProvisioningWorker> logger)
    : SignalledWorker(signal, TimeSpan.FromSeconds(30), logger)
{
    protected override async Task<bool> WorkAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProvisioningRunner>().RunDueAsync(cancellationToken) > 0;
    }
}
