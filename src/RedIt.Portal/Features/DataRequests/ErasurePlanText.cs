using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Privacy;

namespace RedIt.Portal.Features.DataRequests;

// The engine's plan has one item per row; a person wants one line per kind of data.
public static class ErasurePlanText
{
    public static IReadOnlyList<ErasurePlanLine> Lines(ErasurePlan plan, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(text);
        return plan.Items
            .GroupBy(i => (i.Category, i.Action, KeepUntil: i.KeepUntil?.Date, i.Reason))
            .Select(g => new ErasurePlanLine(
                g.Key.Category,
                g.Key.Action switch
                {
                    ErasureAction.Delete => text["Deleted"],
                    ErasureAction.Anonymise => text["Anonymised"],
                    _ => text["Kept"],
                },
                g.Count(),
                g.Key.KeepUntil,
                g.Key.Reason))
            .OrderBy(l => l.KeepUntil.HasValue)
            .ThenBy(l => l.Category, StringComparer.Ordinal)
            .ToArray();
    }

    // What the erasure kept, as stored on the request and quoted in the letter of outcome.
    public static string Kept(ErasurePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var kept = new StringBuilder();
        foreach (var group in plan.Kept.GroupBy(i => (i.Category, KeepUntil: i.KeepUntil?.Date, i.Reason)).OrderBy(g => g.Key.Category, StringComparer.Ordinal))
        {
            kept.Append(group.Key.Category)
                .Append(CultureInfo.InvariantCulture, $": kept until {group.Key.KeepUntil:yyyy-MM-dd}. ")
                .AppendLine(group.Key.Reason);
        }

        return kept.ToString().TrimEnd();
    }
}
