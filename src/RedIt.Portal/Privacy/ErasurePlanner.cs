using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RedIt.Portal.Privacy;

public sealed class ErasurePlanner
{
    private readonly DbContext _db;
    private readonly PrivacyCatalog _catalog;

    public ErasurePlanner(DbContext db, PrivacyCatalog catalog)
    {
        _db = db;
        _catalog = catalog;
    }

    public async Task<ErasurePlan> PlanAsync(Guid personId, DateTime now, CancellationToken cancellationToken = default)
    {
        var rows = new List<PlannedRow>();
        var email = await PersonEmail.FindAsync(_db, _catalog, personId, cancellationToken);
        foreach (var entry in _catalog.InDeletionOrder.Where(e => e.Rule.HasSubject))
        {
            var entityType = entry.EntityType;
            var keyColumns = KeyColumns(entityType);
            var from = entry.Rule.RetentionFrom is { } name ? entityType.FindProperty(name) : null;
            IReadOnlyList<IProperty> columns = from is null ? keyColumns : [.. keyColumns, from];
            var query = EntityQueries.Where(
                EntityQueries.Query(_db, entityType),
                EntityQueries.Lambda(entityType, e => EntityQueries.BelongsTo(e, entry.Rule, personId, email)));
            foreach (var values in await EntityQueries.SelectRows(query, entityType, columns).ToListAsync(cancellationToken))
            {
                var row = new PlannedRow(entry, keyColumns, values[..keyColumns.Length]);
                Decide(row, from is null ? null : (DateTime?)values[^1], now);
                rows.Add(row);
            }
        }

        await KeepWhatKeptRowsReferToAsync(rows, cancellationToken);
        return new ErasurePlan(personId, now, rows.Select(r => r.ToItem()).ToArray());
    }

    private static void Decide(PlannedRow row, DateTime? from, DateTime now)
    {
        var rule = row.Entry.Rule;
        switch (rule.OnErasure)
        {
            case Erasure.Delete:
                row.Action = ErasureAction.Delete;
                row.Reason = ErasureReasons.Erased;
                break;
            case Erasure.Anonymise:
                row.Action = ErasureAction.Anonymise;
                row.Reason = ErasureReasons.Anonymised;
                break;
            default:
                var retention = row.Entry.Retention;
                if (retention is null)
                {
                    row.Action = ErasureAction.KeepUntil;
                    row.Reason = rule.RetentionReason ?? ErasureReasons.KeptByLaw;
                    break;
                }

                // A row whose retention has not started yet is kept for the full period from today.
                var until = retention.EndsAt(from ?? now);
                if (until < now)
                {
                    row.Action = rule.AfterRetention == Erasure.Anonymise ? ErasureAction.Anonymise : ErasureAction.Delete;
                    row.Reason = ErasureReasons.RetentionEnded;
                }
                else
                {
                    row.Action = ErasureAction.KeepUntil;
                    row.KeepUntil = until;
                    row.Reason = rule.RetentionReason ?? ErasureReasons.KeptByLaw;
                    row.PropertiesToClear = rule.StripOnErasure;
                }

                break;
        }

        if (row.Action == ErasureAction.Anonymise)
        {
            row.PropertiesToClear = rule.PersonalData;
        }
    }

    // A row that stays (kept or anonymised, or not ours to touch) may refer to one we meant to delete;
    // deleting that one would break the reference or cascade into the kept row, so it is anonymised instead.
    private async Task KeepWhatKeptRowsReferToAsync(List<PlannedRow> rows, CancellationToken cancellationToken)
    {
        var deleted = rows.Where(r => r.Action == ErasureAction.Delete).Select(r => r.Identity).ToHashSet(StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var row in rows.Where(r => r.Action == ErasureAction.Delete))
            {
                var blocker = await FindRemainingDependentAsync(row, deleted, cancellationToken);
                if (blocker is null)
                {
                    continue;
                }

                row.Action = ErasureAction.Anonymise;
                row.PropertiesToClear = row.Entry.Rule.PersonalData;
                row.Reason = ErasureReasons.ReferredToByKeptRecord;
                row.KeptBecauseOf = blocker;
                deleted.Remove(row.Identity);
                changed = true;
            }
        }
        while (changed);
    }

    private async Task<string?> FindRemainingDependentAsync(PlannedRow row, HashSet<string> deleted, CancellationToken cancellationToken)
    {
        foreach (var foreignKey in row.Entry.EntityType.GetReferencingForeignKeys().Where(fk => !fk.IsOwnership))
        {
            var dependentType = foreignKey.DeclaringEntityType;
            var principalValues = foreignKey.PrincipalKey.Properties.Select(p => row.Value(p)).ToArray();
            var query = EntityQueries.Where(
                EntityQueries.Query(_db, dependentType),
                EntityQueries.Lambda(dependentType, e => EntityQueries.KeyEquals(e, foreignKey.Properties.ToArray(), principalValues)));
            var keyColumns = dependentType.FindPrimaryKey()!.Properties;
            foreach (var dependentKey in await EntityQueries.SelectRows(query, dependentType, keyColumns).ToListAsync(cancellationToken))
            {
                var identity = PlannedRow.IdentityOf(dependentType, keyColumns, dependentKey);
                if (!deleted.Contains(identity))
                {
                    return $"{PrivacyCatalog.KeyOf(dependentType)} {PlannedRow.KeyText(keyColumns, dependentKey)}";
                }
            }
        }

        return null;
    }

    // The primary key first, then every alternate key a foreign key may point at.
    private static IProperty[] KeyColumns(IEntityType entityType) =>
        entityType.FindPrimaryKey()!.Properties
            .Concat(entityType.GetKeys().SelectMany(k => k.Properties))
            .Distinct()
            .ToArray();

    private sealed class PlannedRow
    {
        private readonly IReadOnlyList<IProperty> _columns;
        private readonly object?[] _values;

        public PlannedRow(PrivacyCatalogEntry entry, IReadOnlyList<IProperty> columns, object?[] values)
        {
            Entry = entry;
            _columns = columns;
            _values = values;
            var primaryKey = entry.EntityType.FindPrimaryKey()!.Properties;
            PrimaryKeyValues = primaryKey.Select(Value).ToArray();
            Identity = IdentityOf(entry.EntityType, primaryKey, PrimaryKeyValues);
        }

        public PrivacyCatalogEntry Entry { get; }

        public object?[] PrimaryKeyValues { get; }

        public string Identity { get; }

        public ErasureAction Action { get; set; }

        public DateTime? KeepUntil { get; set; }

        public string Reason { get; set; } = "";

        public IReadOnlyList<string> PropertiesToClear { get; set; } = [];

        public string? KeptBecauseOf { get; set; }

        public object? Value(IProperty property)
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                if (_columns[i] == property)
                {
                    return _values[i];
                }
            }

            throw new InvalidOperationException($"{property.Name} was not read for {Entry.Key}.");
        }

        public static string KeyText(IReadOnlyList<IProperty> properties, IReadOnlyList<object?> values) =>
            string.Join(", ", properties.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{p.Name}={values[i]}")));

        // Rows of a derived type are found through the root, so both sides of a reference compare equal.
        public static string IdentityOf(IEntityType entityType, IReadOnlyList<IProperty> properties, IReadOnlyList<object?> values) =>
            $"{entityType.GetRootType().Name}|{KeyText(properties, values)}";

        public ErasurePlanItem ToItem() => new(
            Entry.Key,
            Entry.Category,
            PrivacyCatalog.KeyOf(Entry.EntityType),
            KeyText(Entry.EntityType.FindPrimaryKey()!.Properties, PrimaryKeyValues),
            Action,
            KeepUntil,
            Reason,
            Action == ErasureAction.Delete ? [] : PropertiesToClear)
        {
            KeyValues = PrimaryKeyValues,
            KeptBecauseOf = KeptBecauseOf,
        };
    }
}
