using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Infrastructure.Web;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Calls.Mine;

// The customer's own calls (2.1: they may see what we keep about them), with how long the
// catalog keeps calls and recordings, so the page never promises a period the sweep does not keep.
public sealed class MyCalls(PortalDbContext db, PrivacyCatalog catalog)
{
    public const int PageSize = 25;

    public Task<Paged<MyCallRow>> PageAsync(Guid personId, int page, CancellationToken cancellationToken = default) =>
        db.Set<CallRecord>().AsNoTracking()
            .Where(c => c.PersonId == personId)
            .OrderByDescending(c => c.At).ThenBy(c => c.Id)
            .ToPagedAsync(c => new MyCallRow(c.Id, c.At, c.Direction, c.DurationSeconds, c.Status, c.Recording != null), page, PageSize, cancellationToken);

    public Task<MyCallRow?> FindAsync(Guid personId, Guid id, CancellationToken cancellationToken = default) =>
        db.Set<CallRecord>().AsNoTracking()
            .Where(c => c.Id == id && c.PersonId == personId)
            .Select(c => new MyCallRow(c.Id, c.At, c.Direction, c.DurationSeconds, c.Status, c.Recording != null))
            .SingleOrDefaultAsync(cancellationToken);

    public RetentionPeriod? CallsKept => catalog.Find(typeof(CallRecord))?.Retention;

    public RetentionPeriod? RecordingsKept => catalog.Find(typeof(CallRecording))?.Retention;
}

public sealed record MyCallRow(Guid Id, DateTime At, CallDirection Direction, int? DurationSeconds, CallStatus Status, bool Recorded);

public sealed record MyCallsView(Paged<MyCallRow> Calls, string CallsKept, string RecordingsKept);

public sealed record MyCallView(MyCallRow Call, string RecordingsKept);
