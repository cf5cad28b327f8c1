using RedIt.Portal.Infrastructure.Background;

namespace RedIt.Portal.Features.Colocation.Datacenter;

// Tells the datacenter provider in the background: at once when signalled, and every half minute
// for retries that came due and visits an instance left behind when it stopped.
internal sealed class VisitSenderWorker(VisitSignal signal, IServiceScopeFactory scopes, ILogger<VisitSenderWorker> logger)
    : SignalledWorker(signal, TimeSpan.FromSeconds(30), logger)
{
    protected override async Task<bool> WorkAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VisitSender>().RunDueAsync(cancellationToken) > 0;
    }
}
