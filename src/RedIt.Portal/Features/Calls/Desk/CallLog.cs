using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Calls.Desk;

// The desk's view of the calls: a paged log with filters, one call's details, and its recording.
public sealed class CallLog(PortalDbContext db, CallEvents calls, AuditLogger audit)
{
    public const int PageSize = 25;

    public const int RecentCalls = 10;

    public async Task<Paged<CallRow>> PageAsync(CallFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Set<CallRecord>().AsNoTracking();
        var q = filter.Customer?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            if (int.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                query = query.Where(c => db.Customers.Any(cu => cu.Id == c.PersonId && cu.Number == number));
            }
            else
            {
                // Translated to SQL lower(), the same on SQLite and PostgreSQL; no culture is involved.
                var lower = q.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862
                query = query.Where(c => db.Customers.Any(cu => cu.Id == c.PersonId
                    && ((cu.User.FirstName + " " + cu.User.LastName).ToLower().Contains(lower)
                        || (cu.CompanyName != null && cu.CompanyName.ToLower().Contains(lower)))));
#pragma warning restore CA1304, CA1311, CA1862
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Phone))
        {
            var phone = CallerLookup.Normalise(filter.Phone) ?? filter.Phone.Trim();
            query = query.Where(c => c.CallerNumber == phone || c.DialledNumber == phone);
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(c => c.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(c => c.At < end);
        }

        return await query.OrderByDescending(c => c.At).ThenBy(c => c.Id).ToPagedAsync(Row, filter.Page, PageSize, cancellationToken);
    }

    public Task<List<CallRow>> RecentAsync(Guid personId, CancellationToken cancellationToken = default) =>
        db.Set<CallRecord>().AsNoTracking().Where(c => c.PersonId == personId).OrderByDescending(c => c.At).ThenBy(c => c.Id)
            .Take(RecentCalls)
            .Select(Row)
            .ToListAsync(cancellationToken);

    // Opening a call shows who called and when: a look at personal data, audited.
    public async Task<CallRow?> DetailsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var call = await db.Set<CallRecord>().AsNoTracking().Where(c => c.Id == id).Select(Row).SingleOrDefaultAsync(cancellationToken);
        if (call is not null)
        {
            await audit.RecordAsync(AuditAction.CallViewed, call.PersonId, details: $"call {call.Id}", cancellationToken: cancellationToken);
        }

        return call;
    }

    // Every play (a request from the start of the file) is in the audit log; the browser's
    // further range requests while seeking are part of the same play.
    public async Task<(string ContentType, byte[] Content)?> RecordingAsync(Guid id, bool play, CancellationToken cancellationToken = default)
    {
        var personId = await db.Set<CallRecord>().Where(c => c.Id == id && c.Recording != null).Select(c => new { c.PersonId }).SingleOrDefaultAsync(cancellationToken);
        if (personId is null)
        {
            return null;
        }

        var recording = await calls.ReadRecordingAsync(id, cancellationToken);
        if (recording is not null && play)
        {
            await audit.RecordAsync(AuditAction.RecordingPlayed, personId.PersonId, details: $"call {id}", cancellationToken: cancellationToken);
        }

        return recording;
    }

    private Expression<Func<CallRecord, CallRow>> Row => c => new CallRow(
            c.Id,
            c.At,
            c.Direction,
            c.Direction == CallDirection.Inbound ? c.CallerNumber : c.DialledNumber,
            c.PersonId,
            db.Customers.Where(cu => cu.Id == c.PersonId).Select(cu => (int?)cu.Number).FirstOrDefault(),
            db.Customers.Where(cu => cu.Id == c.PersonId).Select(cu => cu.User.FirstName + " " + cu.User.LastName).FirstOrDefault(),
            c.Agent,
            c.DurationSeconds,
            c.Status,
            c.Recording != null ? c.Recording.Id : null);
}

public sealed record CallFilter(string? Customer, string? Phone, DateOnly? From, DateOnly? To, int Page = 1);

public sealed record CallRow(
    Guid Id,
    DateTime At,
    CallDirection Direction,
    string Number,
    Guid? PersonId,
    int? CustomerNumber,
    string? CustomerName,
    string? Agent,
    int? DurationSeconds,
    CallStatus Status,
    Guid? RecordingId)
{
    public bool Recorded => RecordingId is not null;
}

public sealed record CallLogView(CallFilter Filter, Paged<CallRow> Calls);
