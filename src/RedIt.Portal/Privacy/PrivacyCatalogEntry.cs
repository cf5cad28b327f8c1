using Microsoft.EntityFrameworkCore.Metadata;

namespace RedIt.Portal.Privacy;

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

    public string RetentionText
    {
        get
        {
            if (Retention is not null)
            {
                var text = $"Kept for {Retention} from {Rule.RetentionFrom}";
                return Rule.RetentionReason is null ? text + "." : $"{text}: {Rule.RetentionReason}";
            }

            if (Rule.KeepWhileAccountExists)
            {
                return Rule.RetentionReason is null
                    ? "Kept while the account exists."
                    : $"Kept while the account exists: {Rule.RetentionReason}";
            }

            if (Rule.KeptWithParent)
            {
                return $"Kept as long as the record it belongs to: {Rule.RetentionReason}";
            }

            return "No retention period declared.";
        }
    }
}
