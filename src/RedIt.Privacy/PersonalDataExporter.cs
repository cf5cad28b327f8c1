using Microsoft.EntityFrameworkCore;

namespace RedIt.Privacy;

public sealed class PersonalDataExporter
{
    private readonly DbContext _db;
    private readonly PrivacyCatalog _catalog;
    private readonly TimeProvider _timeProvider;

    public PersonalDataExporter(DbContext db, PrivacyCatalog catalog, TimeProvider timeProvider)
    {
        _db = db;
        _catalog = catalog;
        _timeProvider = timeProvider;
    }

    public async Task<PersonalDataExport> ExportAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var categories = new List<PersonalDataExportCategory>();
        var email = await PersonEmail.FindAsync(_db, _catalog, personId, cancellationToken);
        foreach (var entry in _catalog.Entries.Where(e => e.Rule.HasSubject))
        {
            var entityType = entry.EntityType;

            // Ids and dates are exported too: they tell the person what each value belongs to.
            var columns = entityType.GetProperties().Where(p => !_catalog.IsNeverExported(entityType, p.Name)).ToArray();
            var query = EntityQueries.Where(
                EntityQueries.Query(_db, entityType),
                EntityQueries.Lambda(entityType, e => EntityQueries.BelongsTo(e, entry.Rule, personId, email)));
            var values = await EntityQueries.SelectRows(query, entityType, columns).ToListAsync(cancellationToken);
            if (values.Count == 0)
            {
                continue;
            }

            var rows = values
                .Select(v => (IReadOnlyDictionary<string, object?>)columns.Select((c, i) => KeyValuePair.Create(c.Name, v[i])).ToDictionary(StringComparer.Ordinal))
                .ToArray();
            categories.Add(new PersonalDataExportCategory(
                entry.Key,
                entry.Category,
                PrivacyCatalog.KeyOf(entityType),
                entry.Rule.Purposes,
                entry.Rule.Recipients,
                entry.RetentionStatement,
                entry.Rule.PersonalData,
                columns.Select(c => c.Name).ToArray(),
                rows));
        }

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        return new PersonalDataExport(personId, now, categories) { Holds = await HoldsAsync(personId, now, cancellationToken) };
    }

    // The holds in force on the person's records: which record, why, since when and until when.
    private async Task<IReadOnlyList<PersonalDataExportHold>> HoldsAsync(Guid personId, DateTime now, CancellationToken cancellationToken)
    {
        if (!LegalHolds.Supported(_db))
        {
            return [];
        }

        var holds = await LegalHolds.Active(_db, now)
            .Where(h => h.PersonId == personId)
            .OrderBy(h => h.PlacedAt).ThenBy(h => h.Id)
            .ToListAsync(cancellationToken);
        return holds
            .Select(h => new PersonalDataExportHold(_catalog.FindByKey(h.Entity)?.Category ?? h.Entity, h.Entity, h.RowKey, h.Reason, h.PlacedAt, h.Until))
            .ToArray();
    }
}
