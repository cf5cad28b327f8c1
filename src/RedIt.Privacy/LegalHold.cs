namespace RedIt.Privacy;

// A hold on one row: while it is active, neither the retention sweep nor an erasure removes the
// row, because a dispute or an authority's request needs it kept. The row is named by its catalog
// key and its primary key, so a hold can be placed on any entity the engine knows.
public class LegalHold
{
    public Guid Id { get; set; }

    // The catalog key of the entity (PrivacyCatalog.KeyOf), e.g. "CallRecording".
    public string Entity { get; set; } = "";

    // The row's primary key as invariant text, e.g. a Guid's "D" form.
    public string RowKey { get; set; } = "";

    // The person the held row is about, copied when the hold is placed, so their export names the
    // hold and its reason; empty when the row belongs to nobody known.
    public Guid? PersonId { get; set; }

    public string Reason { get; set; } = "";

    // The staff accounts that placed and lifted it.
    public Guid PlacedById { get; set; }

    public DateTime PlacedAt { get; set; }

    // Empty: until lifted.
    public DateTime? Until { get; set; }

    public DateTime? LiftedAt { get; set; }

    public Guid? LiftedById { get; set; }
}
