namespace RedIt.Portal.Features.Colocation.Datacenter;

// The bearer token, shared by every request of this instance until shortly before it runs out
// (Equinix's last an hour) or the provider refuses it: a token request per call would be slow, and
// the provider locks the account after several failed ones.
public sealed class EquinixToken(TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(2);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Issued? _token;

    public async Task<string> GetAsync(Func<CancellationToken, Task<(string Token, TimeSpan Lifetime)>> login, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(login);
        if (Valid(_token) is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Valid(_token) is { } fresh)
            {
                return fresh;
            }

            var (token, lifetime) = await login(cancellationToken);
            _token = new Issued(token, clock.GetUtcNow() + lifetime - Margin);
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    // The provider refused this token: the next request asks for a new one.
    public void Forget(string token)
    {
        var current = _token;
        if (current?.Value == token)
        {
            Interlocked.CompareExchange(ref _token, null, current);
        }
    }

    public void Dispose() => _gate.Dispose();

    private string? Valid(Issued? token) => token is not null && token.ExpiresAt > clock.GetUtcNow() ? token.Value : null;

    private sealed record Issued(string Value, DateTimeOffset ExpiresAt);
}
