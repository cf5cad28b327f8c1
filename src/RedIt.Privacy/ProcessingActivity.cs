namespace RedIt.Privacy;

public sealed record ProcessingActivity(
    string Category,
    IReadOnlyList<PrivacyPurpose> Purposes,
    IReadOnlyList<string> DataSubjects,
    IReadOnlyList<string> PersonalData,
    IReadOnlyList<Recipient> Recipients,
    IReadOnlyList<string> Retention,
    IReadOnlyList<string> StoredIn);
