namespace RedIt.Portal.Features.Support.Incoming;

// Whether the last fetch could read the mailbox, for the admin start page. In memory: after a
// restart the next fetch tells again, and nothing in the mailbox is lost meanwhile.
public sealed class SupportMailboxStatus
{
    private readonly Lock _lock = new();
    private DateTime? _failingSince;
    private string? _lastError;

    public DateTime? FailingSince
    {
        get { lock (_lock) { return _failingSince; } }
    }

    public string? LastError
    {
        get { lock (_lock) { return _lastError; } }
    }

    public void Failed(DateTime at, string error)
    {
        lock (_lock)
        {
            _failingSince ??= at;
            _lastError = error;
        }
    }

    public void Succeeded()
    {
        lock (_lock)
        {
            _failingSince = null;
            _lastError = null;
        }
    }
}
