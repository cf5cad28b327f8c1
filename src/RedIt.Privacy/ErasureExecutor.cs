using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace RedIt.Privacy;

public sealed class ErasureExecutor
{
    private readonly DbContext _db;
    private readonly PrivacyCatalog _catalog;
    private readonly TimeProvider _timeProvider;

    public ErasureExecutor(DbContext db, PrivacyCatalog catalog, TimeProvider timeProvider)
    {
        _db = db;
        _catalog = catalog;
        _timeProvider = timeProvider;
    }

    // All or nothing: a half-erased person is worse than an erasure that can simply be retried.
    public async Task<ErasureResult> ExecuteAsync(ErasurePlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        IDbContextTransaction? transaction = null;
        if (_db.Database.CurrentTransaction is null)
        {
            transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        }

        try
        {
            await RefuseWhatHoldsForbidAsync(plan, now, cancellationToken);
            int deleted = 0, anonymised = 0, kept = 0;
            foreach (var item in plan.Items)
            {
                var entry = _catalog.FindByKey(item.Key)
                    ?? throw new InvalidOperationException($"The plan names {item.Key}, which has no privacy rule.");
                var entityType = entry.EntityType;
                var primaryKey = entityType.FindPrimaryKey()!.Properties;
                var row = EntityQueries.Where(
                    EntityQueries.Query(_db, entityType),
                    EntityQueries.Lambda(entityType, e => EntityQueries.KeyEquals(e, primaryKey, item.KeyValues)));
                switch (item.Action)
                {
                    case ErasureAction.Delete:
                        deleted += await EntityQueries.DeleteAsync(row, cancellationToken);
                        break;
                    case ErasureAction.Anonymise:
                        var setters = Anonymiser.Setters(entityType, item.PropertiesToClear, entry.Rule.AnonymisedFlag, now);
                        if (setters.Count > 0)
                        {
                            await EntityQueries.UpdateAsync(row, setters, cancellationToken);
                        }

                        anonymised++;
                        break;
                    default:
                        // Not marked as anonymised: the rest of the row is still personal until the sweep handles it.
                        if (item.PropertiesToClear.Count > 0)
                        {
                            await EntityQueries.UpdateAsync(row, Anonymiser.Setters(entityType, item.PropertiesToClear, null, now), cancellationToken);
                        }

                        kept++;
                        break;
                }
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return new ErasureResult(deleted, anonymised, kept);
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    // A hold placed after the plan was made is not in it: carrying the plan out would delete or
    // change what the hold keeps, so the plan has to be made again (and then keeps the row).
    private async Task RefuseWhatHoldsForbidAsync(ErasurePlan plan, DateTime now, CancellationToken cancellationToken)
    {
        var holds = await LegalHolds.LoadAsync(_db, _catalog, now, cancellationToken);
        if (holds.IsEmpty)
        {
            return;
        }

        foreach (var item in plan.Items.Where(i => i.Hold is null))
        {
            var entityType = _catalog.FindByKey(item.Key)?.EntityType;
            if (entityType is null)
            {
                continue;
            }

            var primaryKey = entityType.FindPrimaryKey()!.Properties;
            var forbidden = item.Action == ErasureAction.Delete
                ? holds.IsProtected(entityType, primaryKey, item.KeyValues)
                : (item.Action == ErasureAction.Anonymise || item.PropertiesToClear.Count > 0) && holds.IsHeld(entityType, primaryKey, item.KeyValues);
            if (forbidden)
            {
                throw new LegalHoldConflictException(item.Entity, item.RowKey);
            }
        }
    }
}
