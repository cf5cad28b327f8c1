namespace RedIt.Privacy;

public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    // Early enough that the night's work is done before anyone starts theirs.
    public const string DefaultRetentionSweepCron = "0 30 3 * * ?";

    private string _retentionSweepCron = DefaultRetentionSweepCron;

    // Keyed by the catalog key (the entity's CLR type name); overrides the declared KeepFor period.
    // "Entity.Property" overrides the period of a column the rule clears sooner.
    public Dictionary<string, int> RetentionDays { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    // Secrets that must not leave in an export even though they belong to the person.
    // A name is either "Property" (any entity) or "Entity.Property".
    public List<string> NeverExport { get; set; } = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];

    public bool RetentionSweepEnabled { get; set; } = true;

    // A Quartz cron expression, in UTC; an empty setting means the default.
    public string RetentionSweepCron
    {
        get => _retentionSweepCron;
        set => _retentionSweepCron = string.IsNullOrWhiteSpace(value) ? DefaultRetentionSweepCron : value.Trim();
    }
}
