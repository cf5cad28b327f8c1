using RedIt.Portal.Infrastructure.Background;

namespace RedIt.Portal.Features.Mailboxes.Reports;

// Forwards reports in the background: at once when one is handed in, and every half minute for
// retries that came due and reports an instance left behind when it stopped.
internal sealed class SpamReportWorker(SpamReportSignal signal, IServiceScopeFactory scopes, ILogger<SpamReportWorker> logger)
    : SignalledWorker(signal, TimeSpan.FromSeconds(30), logger)
{
    protected override async Task<bool> WorkAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SpamReportForwarder>().RunDueAsync(cancellationToken) > 0;
    }
}
