using System.Text;

namespace RedIt.Privacy;

// The record of processing activities (GDPR art. 30), generated from the same rules that drive
// export and erasure so it cannot go stale.
public sealed class ProcessingRegister
{
    public ProcessingRegister(string controller, IReadOnlyList<ProcessingActivity> activities, IReadOnlyList<string> securityMeasures)
    {
        Controller = controller;
        Activities = activities;
        SecurityMeasures = securityMeasures;
    }

    public string Controller { get; }

    public IReadOnlyList<ProcessingActivity> Activities { get; }

    public IReadOnlyList<string> SecurityMeasures { get; }

    // What legal holds may keep, when the model has them; empty otherwise.
    public string? LegalHolds { get; init; }

    // Additional activities cover processing without a table of its own, such as internal chat.
    public static ProcessingRegister From(
        string controller,
        PrivacyCatalog catalog,
        IEnumerable<string> securityMeasures,
        IEnumerable<ProcessingActivity>? additionalActivities = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(controller);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(securityMeasures);
        var fromModel = catalog.Entries
            .GroupBy(e => e.Category, StringComparer.Ordinal)
            .Select(g => new ProcessingActivity(
                g.Key,
                g.SelectMany(e => e.Rule.Purposes).Distinct().OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.LegalBasis).ToArray(),
                Sorted(g.Select(e => e.Rule.DataSubjects)),
                Sorted(g.SelectMany(e => e.Rule.PersonalData).Select(ColumnNames.Humanise)),
                g.SelectMany(e => e.Rule.Recipients).Distinct().OrderBy(r => r.Name, StringComparer.Ordinal).ToArray(),
                Sorted(g.Select(e => e.RetentionText)),
                Sorted(g.Select(e => e.Key))));
        var activities = fromModel.Concat(additionalActivities ?? [])
            .OrderBy(a => a.Category, StringComparer.Ordinal)
            .ToArray();
        return new ProcessingRegister(controller, activities, securityMeasures.ToArray()) { LegalHolds = LegalHoldsText(catalog) };
    }

    private static string? LegalHoldsText(PrivacyCatalog catalog)
    {
        if (catalog.Model.FindEntityType(typeof(LegalHold)) is null)
        {
            return null;
        }

        var kinds = catalog.Holdable.Select(e => e.Key).Order(StringComparer.Ordinal);
        return "A record may be kept past its retention period, and through an erasure, while a legal hold is on it: "
            + "placed by staff for a dispute or an authority's request, with its reason and, if known, its end; "
            + "it ends when lifted or at that end, and the person's export names every hold on their records. "
            + $"Records that may be held: {string.Join(", ", kinds)}.";
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# Register of processing activities (GDPR art. 30)");
        text.AppendLine();
        text.Append("Controller: ").AppendLine(Controller);
        foreach (var activity in Activities)
        {
            text.AppendLine();
            text.Append("## ").AppendLine(activity.Category);
            text.AppendLine();
            text.Append("- Purposes: ").AppendLine(List(activity.Purposes.Select(p => $"{p.Name}, on the ground of {p.LegalBasis.Describe()}")));
            text.Append("- Data subjects: ").AppendLine(List(activity.DataSubjects));
            text.Append("- Personal data: ").AppendLine(activity.PersonalData.Count == 0 ? "identifiers only" : List(activity.PersonalData));
            text.Append("- Recipients: ").AppendLine(activity.Recipients.Count == 0
                ? "none outside the controller"
                : List(activity.Recipients.Select(r => $"{r.Name} ({r.Role}; {r.Country})")));
            text.Append("- Retention: ").AppendLine(List(activity.Retention));
            if (activity.StoredIn.Count > 0)
            {
                text.Append("- Stored in: ").AppendLine(List(activity.StoredIn));
            }
        }

        if (LegalHolds is not null)
        {
            text.AppendLine();
            text.AppendLine("## Records kept under a legal hold");
            text.AppendLine();
            text.AppendLine(LegalHolds);
        }

        text.AppendLine();
        text.AppendLine("## Security measures");
        text.AppendLine();
        foreach (var measure in SecurityMeasures)
        {
            text.Append("- ").AppendLine(measure);
        }

        return text.ToString();
    }

    private static string[] Sorted(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private static string List(IEnumerable<string> values)
    {
        var all = values.ToArray();
        return all.Length == 0 ? "none" : string.Join("; ", all);
    }
}
