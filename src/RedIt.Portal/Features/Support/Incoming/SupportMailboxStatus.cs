namespace RedIt.Portal.Features.Support.Incoming;

// Whether the last fetch could read the mailbox, for the admin start page. In memory: after a
// restart the next fetch tells again, and nothing in the mailbox is lost meanwhile.
public sealed class SupportMailboxStatus
{
    private readonly Lock _lock = new();
    private DateTime? _failingSince;
    private string? _lastError;
    private DateTime? _idlingSince;

    public DateTime? FailingSince
    {
        get { lock (_lock) { return _failingSince; } }
    }

    public string? LastError
    {
        get { lock (_lock) { return _lastError; } }
    }

    // Since when the fetch waits connected in IDLE for new mail; empty while it polls or is between runs.
    public DateTime? IdlingSince
    {
        get { lock (_lock) { return _idlingSince; } }
    }

    public void Idling(DateTime since)
    {
        lock (_lock)
        {
            _idlingSince = since;
        }
    }

    public void StoppedIdling()
    {
        lock (_lock)
        {
            _idlingSince = null;
        }
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
