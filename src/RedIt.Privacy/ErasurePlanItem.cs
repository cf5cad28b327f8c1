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

    public override string ToString()
    {
        var what = Action switch
        {
            ErasureAction.Delete => "deleted",
            ErasureAction.Anonymise => "anonymised",
            _ => string.Create(CultureInfo.InvariantCulture, $"kept until {KeepUntil:yyyy-MM-dd}")
                + (PropertiesToClear.Count > 0 ? $", with {string.Join(", ", PropertiesToClear)} cleared now" : ""),
        };
        var blocker = KeptBecauseOf is null ? "" : $" ({KeptBecauseOf})";
        return $"{Category} ({Entity} {RowKey}): {what}. {Reason}{blocker}";
    }
}
