using RedIt.Portal.Infrastructure.Logging;

namespace RedIt.Portal.Infrastructure.Background;

// A background service whose work lives in the database: it works until nothing is left, then
// sleeps until signalled or until it is time to look again for work another instance left
// behind or a retry that has come due. An error ends one round, never the service.
public abstract class SignalledWorker(WakeSignal signal, TimeSpan lookAgainAfter, ILogger logger) : BackgroundService
{
    // One round of work; true when there may be more to do at once.
    protected abstract Task<bool> WorkAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await WorkAsync(stoppingToken))
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception problem)
            {
                // The work stays in the database; the next round picks it up again.
                logger.LogError("{Worker} could not finish its work and tries again later: {Exception}", GetType().Name, ExceptionSummary.Of(problem));
            }

            await signal.WaitAsync(lookAgainAfter, stoppingToken);
        }
    }
}
