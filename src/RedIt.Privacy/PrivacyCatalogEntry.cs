using Microsoft.EntityFrameworkCore.Metadata;

namespace RedIt.Privacy;

public sealed class PrivacyCatalogEntry
{
    internal PrivacyCatalogEntry(string key, IEntityType entityType, PrivacyRule rule, RetentionPeriod? retention)
    {
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

    public RetentionStatement RetentionStatement => RetentionStatement.Of(Rule, Retention);

    public string RetentionText => RetentionStatement.Text();
}
