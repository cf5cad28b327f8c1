using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.Incidents.Status;

// The public status page: outages going on now, and those resolved in the last 30 days.
public sealed class StatusPage(PortalDbContext db, TimeProvider clock)
{
    public const int ResolvedDays = 30;

    public async Task<StatusView> ViewAsync(CancellationToken cancellationToken = default)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-ResolvedDays);
        var incidents = await db.Set<Incident>().AsNoTracking()
            .Where(i => i.PublishedAt != null && (i.ResolvedAt == null || i.ResolvedAt >= since))
            .OrderBy(i => i.ResolvedAt != null).ThenByDescending(i => i.StartedAt).ThenBy(i => i.Id)
            .Select(i => new StatusIncident(i.Id, i.TitleEn, i.TitleNl, i.BodyEn, i.BodyNl, i.Status, i.StartedAt, i.ResolvedAt))
            .ToListAsync(cancellationToken);
        return new StatusView(incidents);
    }
}

public sealed record StatusIncident(Guid Id, string TitleEn, string TitleNl, string BodyEn, string BodyNl, IncidentStatus Status, DateTime StartedAt, DateTime? ResolvedAt)
{
    public string Title(string culture) => culture.StartsWith("nl", StringComparison.Ordinal) ? TitleNl : TitleEn;

    public string Body(string culture) => culture.StartsWith("nl", StringComparison.Ordinal) ? BodyNl : BodyEn;
}

public sealed record StatusView(IReadOnlyList<StatusIncident> Incidents)
{
    public bool AllWell => Incidents.All(i => i.ResolvedAt is not null);
}
