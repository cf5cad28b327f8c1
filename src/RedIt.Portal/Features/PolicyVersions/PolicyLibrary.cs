using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.PolicyVersions;

// Reading and publishing versions of the privacy policy.
public sealed class PolicyLibrary(PortalDbContext db, TimeProvider clock, PolicyNoticeSignal notices)
{
    public const int PageSize = 20;

    public Task<PolicyVersion> CurrentAsync(CancellationToken cancellationToken = default) =>
        db.Set<PolicyVersion>().AsNoTracking().OrderByDescending(v => v.Number).FirstAsync(cancellationToken);

    public async Task<int> CurrentNumberAsync(CancellationToken cancellationToken = default) =>
        await db.Set<PolicyVersion>().MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;

    public Task<PolicyVersion?> FindAsync(int number, CancellationToken cancellationToken = default) =>
        db.Set<PolicyVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.Number == number, cancellationToken);

    // Newest first, without the texts: a history list never needs them.
    public Task<Paged<PolicyVersionSummary>> PageAsync(int page, CancellationToken cancellationToken = default) =>
        db.Set<PolicyVersion>().AsNoTracking()
            .OrderByDescending(v => v.Number)
            .ToPagedAsync(v => new PolicyVersionSummary(v.Number, v.PublishedAt, v.Significant, v.ChangeSummary), page, PageSize, cancellationToken);

    // How far the mailing of each listed significant version has come, by version number.
    public async Task<IReadOnlyDictionary<int, PolicyNoticeProgress>> NoticeProgressAsync(IEnumerable<int> numbers, CancellationToken cancellationToken = default)
    {
        var wanted = numbers.ToList();
        return await db.Set<PolicyNoticeRun>().AsNoTracking()
            .Join(db.Set<PolicyVersion>().Where(v => wanted.Contains(v.Number)), r => r.PolicyVersionId, v => v.Id, (r, v) => new { v.Number, r.Queued, r.FinishedAt })
            .ToDictionaryAsync(x => x.Number, x => new PolicyNoticeProgress(x.Queued, x.FinishedAt != null), cancellationToken);
    }

    public async Task<PolicyVersion> PublishAsync(string text, string changeSummary, bool significant, Guid publishedBy, string privacyUrl, CancellationToken cancellationToken = default)
    {
        var version = new PolicyVersion
        {
            Id = Guid.NewGuid(),
            Number = await CurrentNumberAsync(cancellationToken) + 1,
            PublishedAt = clock.GetUtcNow().UtcDateTime,
            Significant = significant,
            ChangeSummary = changeSummary,
            Text = text,
            PublishedByUserId = publishedBy,
        };
        db.Add(version);
        if (significant)
        {
            // Saved with the version, so a published significant change always has its mailing.
            db.Add(new PolicyNoticeRun { PolicyVersionId = version.Id, Link = privacyUrl });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (significant)
        {
            notices.Wake();
        }

        return version;
    }

    // The latest significant version this person has not yet acknowledged, if any. Someone who
    // signed up after it was published accepted it at sign-up and is not asked again.
    public async Task<PolicyVersionSummary?> UnacknowledgedAsync(Guid personId, DateTime accountCreatedAt, CancellationToken cancellationToken = default)
    {
        var latest = await db.Set<PolicyVersion>().AsNoTracking()
            .Where(v => v.Significant)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Id, Summary = new PolicyVersionSummary(v.Number, v.PublishedAt, v.Significant, v.ChangeSummary) })
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null || latest.Summary.PublishedAt < accountCreatedAt)
        {
            return null;
        }

        var acknowledged = await db.Set<PolicyAcknowledgement>()
            .AnyAsync(a => a.PersonId == personId && a.PolicyVersionId == latest.Id, cancellationToken);
        return acknowledged ? null : latest.Summary;
    }

    public async Task AcknowledgeAsync(Guid personId, int number, CancellationToken cancellationToken = default)
    {
        var versionId = await db.Set<PolicyVersion>().Where(v => v.Number == number).Select(v => (Guid?)v.Id).SingleOrDefaultAsync(cancellationToken);
        if (versionId is null
            || await db.Set<PolicyAcknowledgement>().AnyAsync(a => a.PersonId == personId && a.PolicyVersionId == versionId, cancellationToken))
        {
            return;
        }

        db.Add(new PolicyAcknowledgement
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            PolicyVersionId = versionId.Value,
            AcknowledgedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed record PolicyVersionSummary(int Number, DateTime PublishedAt, bool Significant, string ChangeSummary);
