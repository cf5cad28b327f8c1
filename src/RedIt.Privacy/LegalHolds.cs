using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RedIt.Privacy;

// The active holds, read once per sweep, plan or export. Holds are few (each is placed by hand),
// so they are read into memory and their keys go into the set-based statements as IN lists.
public sealed class LegalHolds
{
    // Keeps each IN list well under the parameter limits of both databases.
    private const int KeysPerQuery = 1000;

    // A chain of required references longer than this is a cycle, not a model.
    private const int MaxDepth = 16;

    private readonly Dictionary<string, LegalHold> _byRow;
    private readonly Dictionary<IEntityType, List<KeySet>> _held;
    private readonly Dictionary<IEntityType, List<KeySet>> _protected;

    private LegalHolds(Dictionary<string, LegalHold> byRow, Dictionary<IEntityType, List<KeySet>> held, Dictionary<IEntityType, List<KeySet>> @protected)
    {
        _byRow = byRow;
        _held = held;
        _protected = @protected;
    }

    public static LegalHolds None { get; } = new([], [], []);

    public bool IsEmpty => _byRow.Count == 0;

    // A context whose model has no LegalHold (a library user without holds) has none.
    public static bool Supported(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Model.FindEntityType(typeof(LegalHold)) is not null;
    }

    public static IQueryable<LegalHold> Active(DbContext db, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<LegalHold>().AsNoTracking().Where(h => h.LiftedAt == null && (h.Until == null || h.Until > now));
    }

    // The row's primary key as the hold stores it: invariant text, "|" between the columns of a composite key.
    public static string RowKeyOf(IReadOnlyList<object?> keyValues)
    {
        ArgumentNullException.ThrowIfNull(keyValues);
        return string.Join("|", keyValues.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
    }

    // Null when the text is no key of this entity (a mistyped address, another kind of key).
    public static object?[]? ParseRowKey(IEntityType entityType, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        ArgumentNullException.ThrowIfNull(rowKey);
        var properties = entityType.FindPrimaryKey()!.Properties;
        var parts = properties.Count == 1 ? [rowKey] : rowKey.Split('|');
        if (parts.Length != properties.Count)
        {
            return null;
        }

        var values = new object?[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var type = Nullable.GetUnderlyingType(properties[i].ClrType) ?? properties[i].ClrType;
            try
            {
                values[i] = type == typeof(Guid) ? Guid.Parse(parts[i], CultureInfo.InvariantCulture)
                    : type == typeof(string) ? parts[i]
                    : type.IsEnum ? Enum.Parse(type, parts[i])
                    : Convert.ChangeType(parts[i], type, CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException)
            {
                return null;
            }
        }

        return values;
    }

    // The record a hold would be placed on, with the person it is about; null when the entity is
    // unknown, cannot be held, or has no row with that key.
    public static async Task<HoldableRecord?> FindRecordAsync(DbContext db, PrivacyCatalog catalog, string entityKey, string rowKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalog);
        if (string.IsNullOrWhiteSpace(entityKey) || string.IsNullOrWhiteSpace(rowKey)
            || catalog.FindByKey(entityKey) is not { } entry || !PrivacyCatalog.IsHoldable(entry)
            || ParseRowKey(entry.EntityType, rowKey.Trim()) is not { } key)
        {
            return null;
        }

        var entityType = entry.EntityType;
        var primaryKey = entityType.FindPrimaryKey()!.Properties;
        var row = EntityQueries.Where(EntityQueries.Query(db, entityType), EntityQueries.Lambda(entityType, e => EntityQueries.KeyEquals(e, primaryKey, key)));
        var e = Expression.Parameter(row.ElementType, "e");
        Expression subject = Expression.Constant(null, typeof(Guid?));
        if (entry.Rule.HasSubject)
        {
            subject = e;
            foreach (var member in entry.Rule.SubjectPath)
            {
                subject = Expression.PropertyOrField(subject, member);
            }

            subject = Expression.Convert(subject, typeof(Guid?));
        }

        var select = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [row.ElementType, typeof(Guid?[])], row.Expression,
            Expression.Quote(Expression.Lambda(Expression.NewArrayInit(typeof(Guid?), subject), e)));
        var found = await row.Provider.CreateQuery<Guid?[]>(select).Take(1).ToListAsync(cancellationToken);
        return found.Count == 0 ? null : new HoldableRecord(entry, RowKeyOf(key), found[0][0]);
    }

    // Holds whose end date has passed are marked lifted at that date, so the list shows them as
    // ended and their own retention (counted from the lifting) starts.
    public static Task<int> LiftExpiredAsync(DbContext db, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<LegalHold>()
            .Where(h => h.LiftedAt == null && h.Until != null && h.Until <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(h => h.LiftedAt, h => h.Until), cancellationToken);
    }

    public static async Task<LegalHolds> LoadAsync(DbContext db, PrivacyCatalog catalog, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalog);
        if (!Supported(db))
        {
            return None;
        }

        var holds = await Active(db, now).OrderBy(h => h.PlacedAt).ThenBy(h => h.Id).ToListAsync(cancellationToken);
        var byRow = new Dictionary<string, LegalHold>(StringComparer.Ordinal);
        var held = new Dictionary<IEntityType, List<KeySet>>();
        foreach (var hold in holds)
        {
            if (catalog.FindByKey(hold.Entity) is not { } entry || ParseRowKey(entry.EntityType, hold.RowKey) is not { } key)
            {
                continue;
            }

            // The first hold placed names the row; a second one on it changes nothing.
            if (byRow.TryAdd(RowOf(entry.Key, RowKeyOf(key)), hold))
            {
                Add(held, entry.EntityType, entry.EntityType.FindPrimaryKey()!.Properties, key);
            }
        }

        var @protected = held.ToDictionary(p => p.Key, p => p.Value.Select(s => s.Copy()).ToList());
        await AddPrincipalsAsync(db, held, @protected, 0, cancellationToken);
        return new LegalHolds(byRow, held, @protected);
    }

    public LegalHold? HoldOn(string entityKey, IReadOnlyList<object?> keyValues) =>
        _byRow.GetValueOrDefault(RowOf(entityKey, RowKeyOf(keyValues)));

    // `condition`, but never for a row that must not be changed: the held rows themselves.
    public Expression ExceptHeld(IEntityType entityType, ParameterExpression entity, Expression condition) =>
        Excluding(_held, entityType, entity, condition);

    // `condition`, but never for a row that must not be deleted: the held rows and every row whose
    // deletion would take a held row with it (a cascade) or fail on it (a required reference).
    public Expression ExceptProtected(IEntityType entityType, ParameterExpression entity, Expression condition) =>
        Excluding(_protected, entityType, entity, condition);

    public bool IsProtected(IEntityType entityType, IReadOnlyList<IProperty> properties, IReadOnlyList<object?> values) =>
        Contains(_protected, entityType, properties, values);

    public bool IsHeld(IEntityType entityType, IReadOnlyList<IProperty> properties, IReadOnlyList<object?> values) =>
        Contains(_held, entityType, properties, values);

    private static bool Contains(Dictionary<IEntityType, List<KeySet>> sets, IEntityType entityType, IReadOnlyList<IProperty> properties, IReadOnlyList<object?> values)
    {
        var text = RowKeyOf(values);
        return sets.TryGetValue(entityType.GetRootType(), out var found)
            && found.Any(s => s.Properties.SequenceEqual(properties) && s.Keys.Any(k => RowKeyOf(k) == text));
    }

    private static string RowOf(string entityKey, string rowKey) => $"{entityKey}|{rowKey}";

    // Without holds on the table the condition is left as it was, so its statements read the same.
    private static Expression Excluding(Dictionary<IEntityType, List<KeySet>> sets, IEntityType entityType, ParameterExpression entity, Expression condition)
    {
        var body = condition;
        if (!sets.TryGetValue(entityType.GetRootType(), out var found))
        {
            return body;
        }

        foreach (var set in found.Where(s => s.Properties.All(p => entityType.FindProperty(p.Name) is not null)))
        {
            foreach (var page in set.Keys.Chunk(KeysPerQuery))
            {
                body = Expression.AndAlso(body, Expression.Not(EntityQueries.KeyIn(entity, set.Properties, page)));
            }
        }

        return body;
    }

    // Walks the references of the protected rows to the rows they depend on, one query per
    // reference and page of keys, until no new row is found.
    private static async Task AddPrincipalsAsync(
        DbContext db, Dictionary<IEntityType, List<KeySet>> found, Dictionary<IEntityType, List<KeySet>> @protected, int depth, CancellationToken cancellationToken)
    {
        if (found.Count == 0 || depth >= MaxDepth)
        {
            return;
        }

        var next = new Dictionary<IEntityType, List<KeySet>>();
        foreach (var (rootType, sets) in found)
        {
            foreach (var entityType in rootType.GetDerivedTypesInclusive())
            {
                foreach (var foreignKey in entityType.GetDeclaredForeignKeys().Where(TakesDependentAlong))
                {
                    var principal = foreignKey.PrincipalEntityType;
                    var columns = foreignKey.Properties.ToArray();
                    foreach (var set in sets.Where(s => s.Properties.All(p => entityType.FindProperty(p.Name) is not null)))
                    {
                        foreach (var page in set.Keys.Chunk(KeysPerQuery))
                        {
                            var query = EntityQueries.Where(
                                EntityQueries.Query(db, entityType),
                                EntityQueries.Lambda(entityType, e => EntityQueries.KeyIn(e, set.Properties, page)));
                            foreach (var values in await EntityQueries.SelectRows(query, entityType, columns).ToListAsync(cancellationToken))
                            {
                                if (values.All(v => v is not null) && Add(@protected, principal, foreignKey.PrincipalKey.Properties, values))
                                {
                                    Add(next, principal, foreignKey.PrincipalKey.Properties, values);
                                }
                            }
                        }
                    }
                }
            }
        }

        await AddPrincipalsAsync(db, next, @protected, depth + 1, cancellationToken);
    }

    // A reference that is emptied when its principal goes leaves the held row in place.
    private static bool TakesDependentAlong(IForeignKey foreignKey) =>
        !foreignKey.IsOwnership && foreignKey.DeleteBehavior is not (DeleteBehavior.SetNull or DeleteBehavior.ClientSetNull);

    private static bool Add(Dictionary<IEntityType, List<KeySet>> sets, IEntityType entityType, IReadOnlyList<IProperty> properties, object?[] key)
    {
        var root = entityType.GetRootType();
        if (!sets.TryGetValue(root, out var list))
        {
            sets[root] = list = [];
        }

        var set = list.FirstOrDefault(s => s.Properties.SequenceEqual(properties));
        if (set is null)
        {
            list.Add(set = new KeySet(properties));
        }

        return set.Add(key);
    }

    private sealed class KeySet(IReadOnlyList<IProperty> properties)
    {
        private readonly HashSet<string> _texts = new(StringComparer.Ordinal);

        public IReadOnlyList<IProperty> Properties { get; } = properties;

        public List<object?[]> Keys { get; } = [];

        public bool Add(object?[] key)
        {
            if (!_texts.Add(RowKeyOf(key)))
            {
                return false;
            }

            Keys.Add(key);
            return true;
        }

        public KeySet Copy()
        {
            var copy = new KeySet(Properties);
            foreach (var key in Keys)
            {
                copy.Add(key);
            }

            return copy;
        }
    }
}
