using System.Globalization;

namespace RedIt.Privacy;

public sealed record ErasurePlanItem(
    string Key,
    string Category,
    string Entity,
    string RowKey,
    ErasureAction Action,
    DateTime? KeepUntil,
    string Reason,
    IReadOnlyList<string> PropertiesToClear)
{
    internal IReadOnlyList<object?> KeyValues { get; init; } = [];

    // For staff and the plan's text form: the row that stopped this one from being deleted.
    // The person's letter gives the reason only; the row's key means nothing to them.
    public string? KeptBecauseOf { get; init; }

    // The hold that keeps this row as it is; KeepUntil is then the hold's end, empty until it is lifted.
    public ErasurePlanHold? Hold { get; init; }

    public override string ToString()
    {
        var what = Action switch
        {
            _ when Hold is { } hold => string.Create(CultureInfo.InvariantCulture, $"kept under legal hold {hold.Id} since {hold.PlacedAt:yyyy-MM-dd}, ")
                + (hold.Until is { } until ? string.Create(CultureInfo.InvariantCulture, $"until {until:yyyy-MM-dd}") : "until it is lifted")
                + $" (\"{hold.Reason}\")",
            ErasureAction.Delete => "deleted",
            ErasureAction.Anonymise => "anonymised",
            _ => string.Create(CultureInfo.InvariantCulture, $"kept until {KeepUntil:yyyy-MM-dd}")
                + (PropertiesToClear.Count > 0 ? $", with {string.Join(", ", PropertiesToClear)} cleared now" : ""),
        };
        var blocker = KeptBecauseOf is null ? "" : $" ({KeptBecauseOf})";
        return $"{Category} ({Entity} {RowKey}): {what}. {Reason}{blocker}";
    }
}
