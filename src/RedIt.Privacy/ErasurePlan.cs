using System.Text;

namespace RedIt.Privacy;

public sealed class ErasurePlan
{
    public ErasurePlan(Guid personId, DateTime plannedAt, IReadOnlyList<ErasurePlanItem> items)
    {
        PersonId = personId;
        PlannedAt = plannedAt;
        Items = items;
    }

    public Guid PersonId { get; }

    public DateTime PlannedAt { get; }

    // In execution order: dependents before the rows they refer to.
    public IReadOnlyList<ErasurePlanItem> Items { get; }

    public IEnumerable<ErasurePlanItem> Kept => Items.Where(i => i.Action == ErasureAction.KeepUntil);

    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var item in Items)
        {
            text.AppendLine(item.ToString());
        }

        return text.ToString();
    }
}
