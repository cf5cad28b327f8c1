using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Privacy;

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
                text[g.Key.Category],
                g.Key.Action switch
                {
                    ErasureAction.Delete => text["Deleted"],
                    ErasureAction.Anonymise => text["Anonymised"],
                    _ => text["Kept"],
                },
                g.Count(),
                g.Key.KeepUntil,
                text[g.Key.Reason]))
            .OrderBy(l => l.KeepUntil.HasValue)
            .ThenBy(l => l.Category, StringComparer.Ordinal)
            .ToArray();
    }

    // What the erasure kept, as stored on the request and quoted in the letter of outcome: written
    // in the language of the request, because that is the language of the letter.
    public static string Kept(ErasurePlan plan, IStringLocalizer text, string culture)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(text);
        return InCulture.Run(culture, () =>
        {
            var kept = new StringBuilder();
            foreach (var group in plan.Kept.GroupBy(i => (i.Category, KeepUntil: i.KeepUntil?.Date, i.Reason)).OrderBy(g => g.Key.Category, StringComparer.Ordinal))
            {
                var until = group.Key.KeepUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
                kept.AppendLine(text["{0}: kept until {1}. {2}", text[group.Key.Category].Value, until, text[group.Key.Reason].Value]);
            }

            return kept.ToString().TrimEnd();
        });
    }
}
