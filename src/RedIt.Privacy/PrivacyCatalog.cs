using Microsoft.EntityFrameworkCore.Metadata;

namespace RedIt.Privacy;

// Built once from the runtime model; every other part of the engine reads the rules through it.
public sealed class PrivacyCatalog
{
    private readonly Dictionary<IEntityType, PrivacyCatalogEntry> _byEntityType;
    private readonly Dictionary<string, PrivacyCatalogEntry> _byKey;
    private readonly HashSet<string> _neverExport;

    public PrivacyCatalog(IModel model, PrivacyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new PrivacyOptions();
        Model = model;

        var overrides = new Dictionary<string, int>(options.RetentionDays, StringComparer.OrdinalIgnoreCase);
        var entries = new List<PrivacyCatalogEntry>();
        var free = new List<NoPersonalDataEntry>();
        foreach (var entityType in model.GetEntityTypes())
        {
            var key = KeyOf(entityType);
            if (entityType.FindAnnotation(PrivacyAnnotations.Rule)?.Value is PrivacyRule rule)
            {
                var retention = rule.KeepFor;
                if (overrides.Remove(key, out var days))
                {
                    if (rule.KeepFor is null)
                    {
                        throw new InvalidOperationException(
                            $"Privacy:RetentionDays:{key} is configured, but {key} declares no KeepFor(...) period to override.");
                    }

                    retention = Days(key, days);
                }

                var clearedSooner = rule.ClearSooner
                    .Select(f => overrides.Remove(f.KeyIn(key), out var fieldDays) ? f with { Period = Days(f.KeyIn(key), fieldDays) } : f)
                    .ToArray();
                entries.Add(new PrivacyCatalogEntry(key, entityType, rule, retention, clearedSooner));
            }
            else if (entityType.FindAnnotation(PrivacyAnnotations.NoPersonalData)?.Value is NoPersonalDataDeclaration declaration)
            {
                free.Add(new NoPersonalDataEntry(key, entityType, declaration.Because));
            }
        }

        // A mistyped key would silently keep data longer or shorter than configured, so fail loudly.
        if (overrides.Count > 0)
        {
            throw new InvalidOperationException(
                $"Privacy:RetentionDays names {string.Join(", ", overrides.Keys.Order(StringComparer.Ordinal))}, which no privacy rule has.");
        }

        Entries = entries.OrderBy(e => e.Category, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal).ToArray();
        NoPersonalData = free.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        _byEntityType = entries.ToDictionary(e => e.EntityType);
        _byKey = entries.ToDictionary(e => e.Key, StringComparer.OrdinalIgnoreCase);
        _neverExport = new HashSet<string>(options.NeverExport, StringComparer.Ordinal);

        var order = DeletionOrder(model);
        InDeletionOrder = entries.OrderBy(e => order[e.EntityType]).ToArray();
    }

    public IModel Model { get; }

    private static RetentionPeriod Days(string key, int days) => days > 0
        ? RetentionPeriod.FromDays(days)
        : throw new InvalidOperationException($"Privacy:RetentionDays:{key} must be a positive number of days.");

    // Sorted by category, then key: the order people read them in.
    public IReadOnlyList<PrivacyCatalogEntry> Entries { get; }

    // Dependents before their principals, so deleting in this order never breaks a foreign key.
    public IReadOnlyList<PrivacyCatalogEntry> InDeletionOrder { get; }

    public IReadOnlyList<NoPersonalDataEntry> NoPersonalData { get; }

    // The kinds of record a legal hold can be placed on: every kind with rules, but the holds
    // themselves and the sign-in framework's own rows (claims, tokens), which no dispute is about.
    public IEnumerable<PrivacyCatalogEntry> Holdable => Entries.Where(IsHoldable);

    public static bool IsHoldable(PrivacyCatalogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.EntityType.ClrType != typeof(LegalHold) && !entry.EntityType.ClrType.IsGenericType;
    }

    public static PrivacyCatalog From(IModel model, PrivacyOptions? options = null) => new(model, options);

    public PrivacyCatalogEntry? Find(Type clrType)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        var entityType = Model.FindEntityType(clrType);
        return entityType is null ? null : Find(entityType);
    }

    // A derived type without its own rule is covered by its base type's rule.
    public PrivacyCatalogEntry? Find(IEntityType entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        for (var type = entityType; type is not null; type = type.BaseType)
        {
            if (_byEntityType.TryGetValue(type, out var entry))
            {
                return entry;
            }
        }

        return null;
    }

    public PrivacyCatalogEntry? FindByKey(string key) => _byKey.GetValueOrDefault(key);

    public bool IsNeverExported(IEntityType entityType, string propertyName)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return _neverExport.Contains(propertyName) || _neverExport.Contains($"{KeyOf(entityType)}.{propertyName}");
    }

    public static string KeyOf(IReadOnlyEntityType entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return entityType.HasSharedClrType ? entityType.Name : PrivacyRuleBuilder<object>.DisplayName(entityType.ClrType);
    }

    private static Dictionary<IEntityType, int> DeletionOrder(IModel model)
    {
        var order = new Dictionary<IEntityType, int>();
        var visiting = new HashSet<IEntityType>();
        foreach (var entityType in model.GetEntityTypes().OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            Visit(entityType);
        }

        return order;

        void Visit(IEntityType entityType)
        {
            if (order.ContainsKey(entityType) || !visiting.Add(entityType))
            {
                return;
            }

            var dependents = entityType.GetReferencingForeignKeys()
                .Select(fk => fk.DeclaringEntityType)
                .Where(d => d != entityType)
                .Distinct()
                .OrderBy(d => d.Name, StringComparer.Ordinal);
            foreach (var dependent in dependents)
            {
                Visit(dependent);
            }

            order[entityType] = order.Count;
        }
    }
}
