using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RedIt.Privacy;

public sealed class ErasurePlanner
{
    // Keeps each IN list well under the parameter limits of both databases.
    private const int KeysPerQuery = 1000;

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
        var holds = await LegalHolds.LoadAsync(_db, _catalog, now, cancellationToken);
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
                if (holds.HoldOn(entry.Key, row.PrimaryKeyValues) is { } hold)
                {
                    KeepUnderHold(row, hold);
                }

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

    // Kept exactly as it is: a dispute needs the record, not an anonymised copy of it.
    private static void KeepUnderHold(PlannedRow row, LegalHold hold)
    {
        row.Action = ErasureAction.KeepUntil;
        row.KeepUntil = hold.Until;
        row.Reason = ErasureReasons.UnderLegalHold;
        row.PropertiesToClear = [];
        row.Hold = new ErasurePlanHold(hold.Id, hold.Reason, hold.PlacedAt, hold.Until);
    }

    // A row that stays (kept or anonymised, or not ours to touch) may refer to one we meant to delete;
    // deleting that one would break the reference or cascade into the kept row, so it is anonymised instead.
    // Sparing a row can in turn spare the rows it refers to, hence the repetition; it runs in memory
    // over the references read once up front.
    private async Task KeepWhatKeptRowsReferToAsync(List<PlannedRow> rows, CancellationToken cancellationToken)
    {
        var referrers = await ReferrersAsync(rows.Where(r => r.Action == ErasureAction.Delete).ToList(), cancellationToken);
        var deleted = rows.Where(r => r.Action == ErasureAction.Delete).Select(r => r.Identity).ToHashSet(StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var row in rows.Where(r => r.Action == ErasureAction.Delete))
            {
                var blocker = referrers.TryGetValue(row.Identity, out var found)
                    ? found.FirstOrDefault(r => !deleted.Contains(r.Identity))
                    : null;
                if (blocker is null)
                {
                    continue;
                }

                row.Action = ErasureAction.Anonymise;
                row.PropertiesToClear = row.Entry.Rule.PersonalData;
                row.Reason = ErasureReasons.ReferredToByKeptRecord;
                row.KeptBecauseOf = blocker.Description;
                deleted.Remove(row.Identity);
                changed = true;
            }
        }
        while (changed);
    }

    // Every row that refers to one of the given rows, by the identity of the row it refers to, in
    // the order of the foreign keys and then of the referring rows' keys. One query per referencing
    // foreign key (per page of keys), never one per row.
    private async Task<Dictionary<string, List<Referrer>>> ReferrersAsync(List<PlannedRow> rows, CancellationToken cancellationToken)
    {
        var referrers = new Dictionary<string, List<Referrer>>(StringComparer.Ordinal);
        foreach (var group in rows.GroupBy(r => r.Entry.EntityType))
        {
            foreach (var foreignKey in group.Key.GetReferencingForeignKeys().Where(fk => !fk.IsOwnership))
            {
                var dependentType = foreignKey.DeclaringEntityType;
                var foreignKeyColumns = foreignKey.Properties.ToArray();
                var keyColumns = dependentType.FindPrimaryKey()!.Properties;
                IProperty[] columns = [.. keyColumns, .. foreignKeyColumns];
                foreach (var page in group.Chunk(KeysPerQuery))
                {
                    var byPrincipalKey = new Dictionary<string, PlannedRow>(StringComparer.Ordinal);
                    foreach (var row in page)
                    {
                        byPrincipalKey.TryAdd(ValuesText(foreignKey.PrincipalKey.Properties.Select(row.Value).ToArray()), row);
                    }

                    var principalKeys = page.Select(r => foreignKey.PrincipalKey.Properties.Select(r.Value).ToArray()).ToArray();
                    var query = EntityQueries.Where(
                        EntityQueries.Query(_db, dependentType),
                        EntityQueries.Lambda(dependentType, e => EntityQueries.KeyIn(e, foreignKeyColumns, principalKeys)));
                    foreach (var values in await EntityQueries.SelectRows(query, dependentType, columns).ToListAsync(cancellationToken))
                    {
                        if (!byPrincipalKey.TryGetValue(ValuesText(values[keyColumns.Count..]), out var principal))
                        {
                            continue;
                        }

                        var key = values[..keyColumns.Count];
                        if (!referrers.TryGetValue(principal.Identity, out var found))
                        {
                            referrers[principal.Identity] = found = [];
                        }

                        found.Add(new Referrer(
                            PlannedRow.IdentityOf(dependentType, keyColumns, key),
                            $"{PrivacyCatalog.KeyOf(dependentType)} {PlannedRow.KeyText(keyColumns, key)}"));
                    }
                }
            }
        }

        return referrers;
    }

    private static string ValuesText(IEnumerable<object?> values) =>
        string.Join("|", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));

    // The primary key first, then every alternate key a foreign key may point at.
    private static IProperty[] KeyColumns(IEntityType entityType) =>
        entityType.FindPrimaryKey()!.Properties
            .Concat(entityType.GetKeys().SelectMany(k => k.Properties))
            .Distinct()
            .ToArray();

    private sealed record Referrer(string Identity, string Description);

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

        public ErasurePlanHold? Hold { get; set; }

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
            Hold = Hold,
        };
    }
}
