namespace RedIt.Privacy;

// Stored as a model annotation, so it must never change after the model is built.
public sealed record PrivacyRule
{
    public required string Category { get; init; }

    // Member names from the entity to the person's Guid, e.g. ["Ticket", "CustomerId"].
    public IReadOnlyList<string> SubjectPath { get; init; } = [];

    public bool HasSubject => SubjectPath.Count > 0;

    public string? SubjectPathText => HasSubject ? string.Join('.', SubjectPath) : null;

    public IReadOnlyList<string> PersonalData { get; init; } = [];

    // On the person's own entity: their e-mail address, and the flag that says they proved it is
    // theirs. Rows without a subject are found by this address (see FoundByEmail).
    public string? PersonEmail { get; init; }

    public string? PersonEmailConfirmed { get; init; }

    // A row written before (or without) an account, such as a contact message sent while signed
    // out, belongs to the person whose confirmed address it names.
    public string? FoundByEmail { get; init; }

    public IReadOnlyList<string> NotPersonalData { get; init; } = [];

    public IReadOnlyList<PrivacyPurpose> Purposes { get; init; } = [];

    public IReadOnlyList<Recipient> Recipients { get; init; } = [];

    public string DataSubjects { get; init; } = "Customers";

    public RetentionPeriod? KeepFor { get; init; }

    public string? RetentionFrom { get; init; }

    // The moment RetentionFrom holds, in words: "the invoice date".
    public string? RetentionStartsAt { get; init; }

    public string? RetentionReason { get; init; }

    public bool KeepWhileAccountExists { get; init; }

    // Kept exactly as long as the row it belongs to, whose deletion takes it along (a ticket's messages).
    public bool KeptWithParent { get; init; }

    public bool DeclaresRetention => KeepFor is not null || KeepWhileAccountExists || KeptWithParent;

    public Erasure OnErasure { get; init; } = Erasure.Delete;

    public Erasure AfterRetention { get; init; } = Erasure.Delete;

    // Cleared on erasure even from rows the law makes us keep: nothing obliges us to keep these.
    public IReadOnlyList<string> StripOnErasure { get; init; } = [];

    public string? AnonymisedFlag { get; init; }

    // Columns emptied before the row itself goes, each after a period of its own.
    public IReadOnlyList<FieldRetention> ClearSooner { get; init; } = [];
}
