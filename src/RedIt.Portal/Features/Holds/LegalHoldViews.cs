using RedIt.Portal.Infrastructure.Web;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Holds;

// What the list's address asks for: /staff/holds?state=active&entity=CallRecording&q=dispute&page=2.
public sealed record LegalHoldFilter(string? State, string? Entity, string? Q, int Page = 1)
{
    public const string ActiveState = "active";
    public const string LiftedState = "lifted";

    public string? StateValue => State is ActiveState or LiftedState ? State : null;

    public string? EntityValue => string.IsNullOrWhiteSpace(Entity) ? null : Entity.Trim();

    public string? Search => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
}

public sealed record LegalHoldRow(
    Guid Id,
    string Entity,
    string RowKey,
    Guid? PersonId,
    string Reason,
    DateTime PlacedAt,
    string? PlacedBy,
    DateTime? Until,
    DateTime? LiftedAt,
    string? LiftedBy)
{
    // Lifted by hand, or ended at its date (the sweep marks it lifted then).
    public bool IsActiveAt(DateTime now) => LiftedAt is null && (Until is null || Until > now);
}

// A kind of record a hold can be placed on, as the forms offer it.
public sealed record HoldableKind(string Key, string Category);

public sealed record LegalHoldList(Paged<LegalHoldRow> Holds, LegalHoldFilter Filter, IReadOnlyList<HoldableKind> Kinds, DateTime Now);

// The page of one record: what it is, every hold it has had, and the form to place one.
// Record is null when the row is gone (swept or erased after its holds ended).
public sealed record LegalHoldRecordPage(
    string Entity,
    string RowKey,
    HoldableRecord? Record,
    IReadOnlyList<LegalHoldRow> Holds,
    LegalHoldInput Input,
    string? ReturnUrl,
    DateTime Now);

public sealed record LegalHoldLiftPage(LegalHoldRow Hold, string? ReturnUrl);

// What the LegalHoldPanel view component shows beside a record.
public sealed record LegalHoldPanelView(string Entity, string RowKey, bool Exists, IReadOnlyList<LegalHoldRow> Holds, string ReturnUrl, DateTime Now, string? Title = null);
