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
        var shown = db.Set<Incident>().AsNoTracking()
            .Where(i => i.PublishedAt != null && (i.ResolvedAt == null || i.ResolvedAt >= since));
        var incidents = await shown
            .OrderBy(i => i.ResolvedAt != null).ThenByDescending(i => i.StartedAt).ThenBy(i => i.Id)
            .Select(i => new StatusIncident(i.Id, i.TitleEn, i.TitleNl, i.BodyEn, i.BodyNl, i.Status, i.StartedAt, i.ResolvedAt))
            .ToListAsync(cancellationToken);
        // Every shown outage's updates in one query, newest first, however many outages there are.
        var updates = (await db.Set<IncidentUpdate>().AsNoTracking()
            .Where(u => shown.Any(i => i.Id == u.IncidentId))
            .OrderByDescending(u => u.PostedAt).ThenBy(u => u.Id)
            .Select(u => new StatusUpdate(u.IncidentId, u.Status, u.BodyEn, u.BodyNl, u.PostedAt))
            .ToListAsync(cancellationToken))
            .ToLookup(u => u.IncidentId);
        return new StatusView(incidents, updates);
    }
}

public sealed record StatusIncident(Guid Id, string TitleEn, string TitleNl, string BodyEn, string BodyNl, IncidentStatus Status, DateTime StartedAt, DateTime? ResolvedAt)
{
    public string Title(string culture) => culture.StartsWith("nl", StringComparison.Ordinal) ? TitleNl : TitleEn;

    public string Body(string culture) => culture.StartsWith("nl", StringComparison.Ordinal) ? BodyNl : BodyEn;
}

public sealed record StatusUpdate(Guid IncidentId, IncidentStatus Status, string BodyEn, string BodyNl, DateTime PostedAt)
{
    public string Body(string culture) => culture.StartsWith("nl", StringComparison.Ordinal) ? BodyNl : BodyEn;
}

public sealed record StatusView(IReadOnlyList<StatusIncident> Incidents, ILookup<Guid, StatusUpdate> Updates)
{
    public bool AllWell => Incidents.All(i => i.ResolvedAt is not null);
}
