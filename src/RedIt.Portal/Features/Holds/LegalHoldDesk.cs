using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Infrastructure.Web;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Holds;

// Clause 2.1: recordings are kept "to support us in the event of any disputes". A hold keeps one
// record (any kind the privacy catalog knows) past its retention period and through an erasure,
// until it is lifted or its date passes.
public sealed class LegalHoldDesk(PortalDbContext db, PrivacyCatalog catalog, AuditLogger audit, TimeProvider clock)
{
    public const int PageSize = PagedExtensions.DefaultPageSize;

    // The records a dispute is usually about come first in every list of kinds.
    private static readonly string[] _first = ["CallRecording", "CallRecord"];

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public IReadOnlyList<HoldableKind> Kinds() => catalog.Holdable
        .OrderBy(e => Array.IndexOf(_first, e.Key) is var i && i >= 0 ? i : _first.Length)
        .ThenBy(e => e.Category, StringComparer.Ordinal)
        .ThenBy(e => e.Key, StringComparer.Ordinal)
        .Select(e => new HoldableKind(e.Key, e.Category))
        .ToArray();

    public async Task<LegalHoldList> PageAsync(LegalHoldFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var now = Now;
        var holds = db.Set<LegalHold>().AsNoTracking();
        holds = filter.StateValue switch
        {
            LegalHoldFilter.ActiveState => holds.Where(h => h.LiftedAt == null && (h.Until == null || h.Until > now)),
            LegalHoldFilter.LiftedState => holds.Where(h => h.LiftedAt != null || (h.Until != null && h.Until <= now)),
            _ => holds,
        };
        if (filter.EntityValue is { } entity)
        {
            var key = catalog.FindByKey(entity)?.Key ?? entity;
            holds = holds.Where(h => h.Entity == key);
        }

        if (filter.Search is { } search)
        {
            var lower = search.ToLowerInvariant();
            // Translated to SQL lower(), the same on SQLite and PostgreSQL; no culture is involved.
#pragma warning disable CA1304, CA1311, CA1862
            holds = holds.Where(h => h.Reason.ToLower().Contains(lower) || h.RowKey.ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var page = await holds.OrderByDescending(h => h.PlacedAt).ThenBy(h => h.Id).ToPagedAsync(Row(), filter.Page, PageSize, cancellationToken);
        return new LegalHoldList(page, filter, Kinds(), now);
    }

    // Null when the kind is unknown or the key is none of its keys; also when the row is gone and
    // never had a hold, since there is nothing to show then.
    public async Task<LegalHoldRecordPage?> RecordPageAsync(string? entity, string? key, LegalHoldInput? input, string? returnUrl, CancellationToken cancellationToken = default)
    {
        if (Canonical(entity, key) is not ({ } entityKey, { } rowKey))
        {
            return null;
        }

        var record = await LegalHolds.FindRecordAsync(db, catalog, entityKey, rowKey, cancellationToken);
        var holds = await HoldsOnAsync(entityKey, rowKey, cancellationToken);
        return record is null && holds.Count == 0
            ? null
            : new LegalHoldRecordPage(entityKey, rowKey, record, holds, input ?? new LegalHoldInput(), returnUrl, Now);
    }

    public async Task<IReadOnlyList<LegalHoldRow>> HoldsOnAsync(string entityKey, string rowKey, CancellationToken cancellationToken = default) =>
        await db.Set<LegalHold>().AsNoTracking()
            .Where(h => h.Entity == entityKey && h.RowKey == rowKey)
            .OrderByDescending(h => h.PlacedAt).ThenBy(h => h.Id)
            .Select(Row())
            .ToListAsync(cancellationToken);

    public Task<HoldableRecord?> FindRecordAsync(string? entity, string? key, CancellationToken cancellationToken = default) =>
        Canonical(entity, key) is ({ } entityKey, { } rowKey)
            ? LegalHolds.FindRecordAsync(db, catalog, entityKey, rowKey, cancellationToken)
            : Task.FromResult<HoldableRecord?>(null);

    // The date is the last day on which the record is kept: the hold ends at the start of that day, UTC.
    public static bool IsInFuture(DateOnly until, DateTime now) => until > DateOnly.FromDateTime(now);

    public async Task<LegalHold> PlaceAsync(HoldableRecord record, LegalHoldInput input, Guid staffId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(input);
        var hold = new LegalHold
        {
            Id = Guid.NewGuid(),
            Entity = record.Entry.Key,
            RowKey = record.RowKey,
            PersonId = record.PersonId,
            Reason = input.Reason!.Trim(),
            PlacedById = staffId,
            PlacedAt = Now,
            Until = input.Until?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        };
        db.Add(hold);
        audit.Add(AuditAction.LegalHoldPlaced, hold.PersonId, details: Details(hold));
        await db.SaveChangesAsync(cancellationToken);
        return hold;
    }

    public Task<LegalHoldRow?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<LegalHold>().AsNoTracking().Where(h => h.Id == id).Select(Row()).SingleOrDefaultAsync(cancellationToken);

    // False when it had ended already (lifted by a colleague, or its date passed): nothing changes then.
    public async Task<bool> LiftAsync(Guid id, Guid staffId, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var hold = await db.Set<LegalHold>().SingleOrDefaultAsync(h => h.Id == id, cancellationToken);
        if (hold is null || hold.LiftedAt is not null || hold.Until <= now)
        {
            return false;
        }

        hold.LiftedAt = now;
        hold.LiftedById = staffId;
        audit.Add(AuditAction.LegalHoldLifted, hold.PersonId, details: Details(hold));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    // The kind as the catalog spells it and the key as a hold stores it (a Guid in its "D" form).
    private (string? Entity, string? RowKey) Canonical(string? entity, string? key)
    {
        if (string.IsNullOrWhiteSpace(entity) || string.IsNullOrWhiteSpace(key)
            || catalog.FindByKey(entity.Trim()) is not { } entry || !PrivacyCatalog.IsHoldable(entry)
            || LegalHolds.ParseRowKey(entry.EntityType, key.Trim()) is not { } values)
        {
            return (null, null);
        }

        return (entry.Key, LegalHolds.RowKeyOf(values));
    }

    // Ids only, as every audit entry: the reason is the staff's own text and stays on the hold.
    private static string Details(LegalHold hold) =>
        string.Create(CultureInfo.InvariantCulture, $"legal hold {hold.Id} on {hold.Entity} {hold.RowKey}");

    private Expression<Func<LegalHold, LegalHoldRow>> Row() => h => new LegalHoldRow(
        h.Id,
        h.Entity,
        h.RowKey,
        h.PersonId,
        h.Reason,
        h.PlacedAt,
        db.Users.Where(u => u.Id == h.PlacedById).Select(u => u.FirstName + " " + u.LastName).FirstOrDefault(),
        h.Until,
        h.LiftedAt,
        db.Users.Where(u => u.Id == h.LiftedById).Select(u => u.FirstName + " " + u.LastName).FirstOrDefault());
}
