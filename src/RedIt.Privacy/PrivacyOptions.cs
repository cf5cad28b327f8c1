namespace RedIt.Privacy;

public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    // Keyed by the catalog key (the entity's CLR type name); overrides the declared KeepFor period.
    public Dictionary<string, int> RetentionDays { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    // Secrets that must not leave in an export even though they belong to the person.
    // A name is either "Property" (any entity) or "Entity.Property".
    public List<string> NeverExport { get; set; } = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];
}
