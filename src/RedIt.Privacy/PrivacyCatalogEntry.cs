using Microsoft.EntityFrameworkCore.Metadata;

namespace RedIt.Privacy;

public sealed class PrivacyCatalogEntry
{
    internal PrivacyCatalogEntry(string key, IEntityType entityType, PrivacyRule rule, RetentionPeriod? retention, IReadOnlyList<FieldRetention> clearedSooner)
    {
        ClearedSooner = clearedSooner;
        Key = key;
        EntityType = entityType;
        Rule = rule;
        Retention = retention;
    }

    public string Key { get; }

    public IEntityType EntityType { get; }

    public PrivacyRule Rule { get; }

    public string Category => Rule.Category;

    // The declared KeepFor period unless configuration overrides it.
    public RetentionPeriod? Retention { get; }

    public bool RetentionOverridden => Retention != Rule.KeepFor;

    // The rule's ClearSooner columns, with the periods configuration overrides.
    public IReadOnlyList<FieldRetention> ClearedSooner { get; }

    public RetentionStatement RetentionStatement => RetentionStatement.Of(Rule, Retention, ClearedSooner);

    public string RetentionText => RetentionStatement.Text();
}
