namespace RedIt.Privacy;

// What the erasure plan tells the person about each row, besides the retention reasons of the
// rules themselves. Fixed phrases, so every one has a translation (a test checks that).
public static class ErasureReasons
{
    public const string Erased = "Erased at your request.";
    public const string Anonymised = "Your personal data is removed; the rest stays without any link to you.";
    public const string KeptByLaw = "Kept by law.";
    public const string RetentionEnded = "Its retention period has ended.";
    public const string ReferredToByKeptRecord = "Anonymised instead of deleted, because a record that must be kept refers to it.";

    public const string UnderLegalHold = "Kept under a legal hold, for a dispute or an authority's request, until the hold ends.";

    public static readonly IReadOnlyList<string> All = [Erased, Anonymised, KeptByLaw, RetentionEnded, ReferredToByKeptRecord, UnderLegalHold];
}
