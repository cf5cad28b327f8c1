using System.Threading.Channels;

namespace RedIt.Portal.Infrastructure.Background;

// Wakes a background service as soon as there is work, instead of at its next look at the
// database. The work itself is always in the database; a lost signal only delays it.
public abstract class WakeSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    public void Wake() => _channel.Writer.TryWrite(true);

    // Returns when woken or when the time is up, whichever comes first.
    public async Task WaitAsync(TimeSpan atMost, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(atMost);
        try
        {
            await _channel.Reader.WaitToReadAsync(timeout.Token);
            _channel.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Time is up: look at the database anyway.
        }
    }
}
