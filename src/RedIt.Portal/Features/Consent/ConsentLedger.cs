using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.PolicyVersions;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Consent;

// Reads the choice in force and appends new choices; never changes a record.
public sealed class ConsentLedger(PortalDbContext db, PolicyLibrary policies, TimeProvider clock)
{
    public const int PageSize = 20;

    // No record means no consent: both purposes are opt-in.
    public async Task<ConsentState> CurrentAsync(Guid personId, CancellationToken cancellationToken = default)
    {
        var latest = await db.Set<ConsentRecord>().AsNoTracking()
            .Where(r => r.PersonId == personId
                && !db.Set<ConsentRecord>().Any(o => o.PersonId == r.PersonId && o.Purpose == r.Purpose && o.Id > r.Id))
            .Select(r => new { r.Purpose, r.Given })
            .ToListAsync(cancellationToken);
        return new ConsentState(
            latest.Any(r => r.Purpose == ConsentPurpose.NewsEmails && r.Given),
            latest.Any(r => r.Purpose == ConsentPurpose.AnalyticsCookies && r.Given));
    }

    // Adds the record to the unit of work; the caller saves it together with whatever belongs with it.
    public async Task AddAsync(Guid personId, ConsentPurpose purpose, bool given, ConsentSource source, CancellationToken cancellationToken = default)
    {
        db.Add(new ConsentRecord
        {
            PersonId = personId,
            Purpose = purpose,
            Given = given,
            At = clock.GetUtcNow().UtcDateTime,
            Source = source,
            PolicyVersion = await policies.CurrentNumberAsync(cancellationToken),
        });
    }

    // Appends only what differs from the choice in force, and saves; returns whether anything changed.
    public async Task<bool> ChangeAsync(Guid personId, ConsentPurpose purpose, bool given, ConsentSource source, CancellationToken cancellationToken = default)
    {
        var current = await CurrentAsync(personId, cancellationToken);
        if (current.For(purpose) == given)
        {
            return false;
        }

        await AddAsync(personId, purpose, given, source, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public Task<Paged<ConsentRecord>> HistoryAsync(Guid personId, int page, CancellationToken cancellationToken = default) =>
        db.Set<ConsentRecord>().AsNoTracking()
            .Where(r => r.PersonId == personId)
            .OrderByDescending(r => r.Id)
            .ToPagedAsync(page, PageSize, cancellationToken);
}

public sealed record ConsentState(bool NewsEmails, bool AnalyticsCookies)
{
    public bool For(ConsentPurpose purpose) => purpose == ConsentPurpose.NewsEmails ? NewsEmails : AnalyticsCookies;
}
