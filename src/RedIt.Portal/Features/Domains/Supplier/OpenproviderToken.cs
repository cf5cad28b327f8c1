namespace RedIt.Portal.Features.Domains.Supplier;

// The bearer token, shared by every request of this instance: Openprovider's tokens last for days,
// and a login per request would be slow and might be throttled.
public sealed class OpenproviderToken : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;

    public async Task<string> GetAsync(Func<CancellationToken, Task<string>> login, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(login);
        if (_token is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _token ??= await login(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    // The supplier refused this token: the next request logs in again.
    public void Forget(string token) => Interlocked.CompareExchange(ref _token, null, token);
}
