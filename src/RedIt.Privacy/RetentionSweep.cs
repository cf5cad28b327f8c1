using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RedIt.Privacy;

public sealed class RetentionSweep
{
    private readonly DbContext _db;
    private readonly PrivacyCatalog _catalog;

    public RetentionSweep(DbContext db, PrivacyCatalog catalog)
    {
        _db = db;
        _catalog = catalog;
    }

    public async Task<RetentionSweepReport> RunAsync(DateTime now, bool dryRun, int batchSize = 500, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var lines = new List<RetentionSweepLine>();

        // A hold whose end date has passed protects nothing from now on; marked lifted first, so
        // the holds read next are the ones still in force.
        if (!dryRun && LegalHolds.Supported(_db))
        {
            await LegalHolds.LiftExpiredAsync(_db, now, cancellationToken);
        }

        var holds = await LegalHolds.LoadAsync(_db, _catalog, now, cancellationToken);
        foreach (var entry in _catalog.InDeletionOrder.Where(e => e.Retention is not null && e.Rule.RetentionFrom is not null))
        {
            var entityType = entry.EntityType;
            var cutoff = entry.Retention!.CutoffBefore(now);
            var action = entry.Rule.AfterRetention;

            // A held row stays as it is; a row it depends on is not deleted, since deleting it would take the held row along.
            var expired = EntityQueries.Where(EntityQueries.Query(_db, entityType), EntityQueries.Lambda(entityType, e => action == Erasure.Anonymise
                ? holds.ExceptHeld(entityType, e, Expired(entry, e, cutoff))
                : holds.ExceptProtected(entityType, e, Expired(entry, e, cutoff))));
            try
            {
                var rows = dryRun
                    ? await EntityQueries.CountAsync(expired, cancellationToken)
                    : await SweepAsync(entry, expired, now, batchSize, cancellationToken);
                lines.Add(new RetentionSweepLine(entry.Key, entry.Category, action, cutoff, rows));
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // One table that cannot be swept (a lock, a constraint) must not keep the others' data past its time.
                lines.Add(new RetentionSweepLine(entry.Key, entry.Category, action, cutoff, 0, failure.GetType().Name));
            }
        }

        foreach (var entry in _catalog.InDeletionOrder)
        {
            foreach (var field in entry.ClearedSooner)
            {
                lines.Add(await ClearAsync(entry, field, now, dryRun, holds, batchSize, cancellationToken));
            }
        }

        return new RetentionSweepReport(now, dryRun, lines);
    }

    // A column that goes sooner is emptied where its own period has passed; a row already
    // emptied is not found again, so a second run counts nothing.
    private async Task<RetentionSweepLine> ClearAsync(PrivacyCatalogEntry entry, FieldRetention field, DateTime now, bool dryRun, LegalHolds holds, int batchSize, CancellationToken cancellationToken)
    {
        var entityType = entry.EntityType;
        var key = field.KeyIn(entry.Key);
        var cutoff = field.Period.CutoffBefore(now);
        var property = Required(entityType, field.Property);
        var from = Required(entityType, field.From);
        var expired = EntityQueries.Where(EntityQueries.Query(_db, entityType), EntityQueries.Lambda(entityType, e => holds.ExceptHeld(entityType, e, Expression.AndAlso(
            Expression.LessThan(EntityQueries.Property(e, from), EntityQueries.Parameter(cutoff, from.ClrType)),
            Expression.NotEqual(EntityQueries.Property(e, property), Expression.Constant(null, property.ClrType))))));
        try
        {
            var setters = new[] { new PropertySetter(property, _ => Expression.Constant(null, property.ClrType)) };
            var rows = dryRun
                ? await EntityQueries.CountAsync(expired, cancellationToken)
                : await InBatchesAsync(entityType, expired, setters, batchSize, cancellationToken);
            return new RetentionSweepLine(key, entry.Category, Erasure.Anonymise, cutoff, rows);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return new RetentionSweepLine(key, entry.Category, Erasure.Anonymise, cutoff, 0, failure.GetType().Name);
        }
    }

    private static Expression Expired(PrivacyCatalogEntry entry, ParameterExpression entity, DateTime cutoff)
    {
        var entityType = entry.EntityType;
        var from = Required(entityType, entry.Rule.RetentionFrom!);
        Expression expired = Expression.LessThan(EntityQueries.Property(entity, from), EntityQueries.Parameter(cutoff, from.ClrType));
        if (entry.Rule.AfterRetention != Erasure.Anonymise)
        {
            return expired;
        }

        // Without the flag, anonymised rows would be found and counted again on every run.
        var flagName = entry.Rule.AnonymisedFlag
            ?? throw new InvalidOperationException($"{entry.Key} is anonymised after retention but declares no AnonymisedFlag(...).");
        var flag = Required(entityType, flagName);
        return Expression.AndAlso(expired, Expression.Equal(EntityQueries.Property(entity, flag), Expression.Constant(null, flag.ClrType)));
    }

    // Pages of keys keep each statement short, so the sweep never holds long locks on busy tables.
    private static Task<int> SweepAsync(PrivacyCatalogEntry entry, IQueryable expired, DateTime now, int batchSize, CancellationToken cancellationToken)
    {
        var setters = entry.Rule.AfterRetention == Erasure.Anonymise
            ? Anonymiser.Setters(entry.EntityType, entry.Rule.PersonalData, entry.Rule.AnonymisedFlag, now)
            : null;
        return InBatchesAsync(entry.EntityType, expired, setters, batchSize, cancellationToken);
    }

    // Deletes the rows, or updates them with `setters` when given.
    private static async Task<int> InBatchesAsync(IEntityType entityType, IQueryable expired, IReadOnlyList<PropertySetter>? setters, int batchSize, CancellationToken cancellationToken)
    {
        var primaryKey = entityType.FindPrimaryKey()!.Properties;
        var total = 0;
        while (true)
        {
            var keys = await EntityQueries.SelectRows(expired, entityType, primaryKey, batchSize).ToListAsync(cancellationToken);
            if (keys.Count == 0)
            {
                break;
            }

            var batch = EntityQueries.Where(expired, EntityQueries.Lambda(entityType, e => EntityQueries.KeyIn(e, primaryKey, keys)));
            var affected = setters is null
                ? await EntityQueries.DeleteAsync(batch, cancellationToken)
                : await EntityQueries.UpdateAsync(batch, setters, cancellationToken);
            total += affected;
            if (affected == 0 || keys.Count < batchSize)
            {
                break;
            }
        }

        return total;
    }

    private static IProperty Required(IEntityType entityType, string name) =>
        entityType.FindProperty(name) ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no property {name}.");
}
