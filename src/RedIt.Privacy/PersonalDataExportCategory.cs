namespace RedIt.Privacy;

public sealed record PersonalDataExportCategory(
    string Key,
    string Category,
    string Entity,
    IReadOnlyList<PrivacyPurpose> Purposes,
    IReadOnlyList<Recipient> Recipients,
    RetentionStatement Retention,
    IReadOnlyList<string> PersonalData,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);
