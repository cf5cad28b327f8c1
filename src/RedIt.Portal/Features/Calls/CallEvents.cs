using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Infrastructure.Files;

namespace RedIt.Portal.Features.Calls;

// Writes what phone systems report. Every event is idempotent per (phone system, call id): a call
// only moves forward (ringing, answered, ended or missed), so a replayed or late event finds the
// call where it is already and changes nothing.
public sealed class CallEvents
{
    // Changing this string makes every stored recording unreadable: it names the key, not the code.
    public const string ProtectorPurpose = "RedIt.Portal.Calls.Recordings.v1";

    private readonly PortalDbContext _db;
    private readonly CallerLookup _lookup;
    private readonly IDataProtector _protector;
    private readonly TimeProvider _clock;
    private readonly CallsOptions _options;

    public CallEvents(PortalDbContext db, CallerLookup lookup, IDataProtectionProvider protection, TimeProvider clock, IOptions<CallsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(protection);
        ArgumentNullException.ThrowIfNull(options);
        _db = db;
        _lookup = lookup;
        _protector = protection.CreateProtector(ProtectorPurpose);
        _clock = clock;
        _options = options.Value;
    }

    public long MaxRecordingBytes => _options.MaxRecordingBytes;

    public async Task<CallEventAnswer> ApplyAsync(Guid phoneSystemId, CallEventInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return await TryApplyAsync(phoneSystemId, input, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two events of a new call at once: the other one made the call; apply this one to it.
            _db.ChangeTracker.Clear();
            return await TryApplyAsync(phoneSystemId, input, cancellationToken);
        }
    }

    private async Task<CallEventAnswer> TryApplyAsync(Guid phoneSystemId, CallEventInput input, CancellationToken cancellationToken)
    {
        var callId = input.CallId!.Trim();
        var at = (input.At ?? _clock.GetUtcNow()).UtcDateTime;
        var call = await _db.Set<CallRecord>().Include(c => c.Recording)
            .SingleOrDefaultAsync(c => c.PhoneSystemId == phoneSystemId && c.ExternalCallId == callId, cancellationToken);
        if (call is null)
        {
            var direction = input.Direction == "outbound" ? CallDirection.Outbound : CallDirection.Inbound;
            var caller = Number(input.Caller);
            var dialled = Number(input.Dialled);
            call = new CallRecord
            {
                Id = Guid.NewGuid(),
                PhoneSystemId = phoneSystemId,
                ExternalCallId = callId,
                Direction = direction,
                CallerNumber = caller,
                DialledNumber = dialled,
                PersonId = await _lookup.PersonIdAsync(direction == CallDirection.Inbound ? caller : dialled, cancellationToken),
                Status = CallStatus.Ringing,
                At = at,
            };
            _db.Add(call);
        }

        Advance(call, input, at);
        await _db.SaveChangesAsync(cancellationToken);
        return Answer(call);
    }

    // Forward only: started < answered < ended (or missed, when it ended unanswered).
    private static void Advance(CallRecord call, CallEventInput input, DateTime at)
    {
        var agent = string.IsNullOrWhiteSpace(input.Agent) ? null : input.Agent.Trim();
        switch (input.Event)
        {
            case "answered" when call.Status == CallStatus.Ringing:
                call.Status = CallStatus.Answered;
                call.AnsweredAt = at;
                call.Agent ??= agent;
                break;
            case "ended" when call.Status is CallStatus.Ringing or CallStatus.Answered:
                call.Status = call.Status == CallStatus.Answered ? CallStatus.Ended : CallStatus.Missed;
                call.EndedAt = at;
                call.Agent ??= agent;
                call.DurationSeconds = call.Status == CallStatus.Missed
                    ? 0
                    : input.DurationSeconds ?? (int)Math.Max(0, (at - call.AnsweredAt!.Value).TotalSeconds);
                break;
            default:
                break;
        }
    }

    public static CallEventAnswer Answer(CallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new(call.ExternalCallId, call.Status.ToString().ToLowerInvariant(), call.Recording is not null);
    }

    public Task<CallRecord?> FindAsync(Guid phoneSystemId, string callId, CancellationToken cancellationToken = default) =>
        _db.Set<CallRecord>().Include(c => c.Recording)
            .SingleOrDefaultAsync(c => c.PhoneSystemId == phoneSystemId && c.ExternalCallId == callId, cancellationToken);

    // One recording per call: a second upload (a retry after a lost answer) changes nothing.
    public async Task<bool> AddRecordingAsync(CallRecord call, SniffedType type, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(content);
        if (call.Recording is not null)
        {
            return false;
        }

        var recording = new CallRecording
        {
            Id = Guid.NewGuid(),
            CallRecordId = call.Id,
            ContentType = type.ContentType,
            SizeBytes = content.Length,
            EncryptedContent = _protector.Protect(content),
            RecordedAt = call.At,
        };
        // Added, not only hung on the call: a recording with its own id would otherwise be taken for an existing row.
        _db.Add(recording);
        call.Recording = recording;
        await _db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<(string ContentType, byte[] Content)?> ReadRecordingAsync(Guid callRecordId, CancellationToken cancellationToken = default)
    {
        var recording = await _db.Set<CallRecording>().AsNoTracking()
            .Where(r => r.CallRecordId == callRecordId)
            .Select(r => new { r.ContentType, r.EncryptedContent })
            .SingleOrDefaultAsync(cancellationToken);
        return recording is null ? null : (recording.ContentType, _protector.Unprotect(recording.EncryptedContent));
    }

    // E.164 when the number can be read; an extension ("201") as it is; nothing for a withheld number.
    private static string Number(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return "";
        }

        if (CallerLookup.Normalise(raw) is { } e164)
        {
            return e164;
        }

        var trimmed = raw.Trim();
        return trimmed.Length <= 32 && trimmed.All(c => char.IsAsciiDigit(c) || c == '+') ? trimmed : "";
    }
}
