using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.Consent;

// Clause 2.8: news e-mails go only to people whose latest choice for them is "yes", at a
// confirmed address. Consent only: the policy promises nothing about sending news to customers
// who never asked for it, so the portal does not rely on the soft opt-in for existing customers.
public sealed class NewsletterAudience(PortalDbContext db, UnsubscribeLinks unsubscribe)
{
    public const int DefaultPageSize = 500;

    // A page at a time, so a mailing never loads every recipient at once.
    public async Task<IReadOnlyList<NewsRecipient>> PageAsync(int page, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(page);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        var people = await Recipients().OrderBy(u => u.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(u => new { u.Id, u.Email, u.FirstName, u.LastName, u.PreferredCulture })
            .ToListAsync(cancellationToken);
        return people
            .Select(p => new NewsRecipient(p.Id, p.Email!, $"{p.FirstName} {p.LastName}".Trim(), p.PreferredCulture, unsubscribe.NewsEmailsUrl(p.Id)))
            .ToList();
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Recipients().CountAsync(cancellationToken);

    public Task<bool> IncludesAsync(Guid personId, CancellationToken cancellationToken = default) =>
        Recipients().AnyAsync(u => u.Id == personId, cancellationToken);

    private IQueryable<Accounts.PortalUser> Recipients()
    {
        var records = db.Set<ConsentRecord>();
        var given = records.Where(r => r.Purpose == ConsentPurpose.NewsEmails && r.Given
            && !records.Any(o => o.PersonId == r.PersonId && o.Purpose == ConsentPurpose.NewsEmails && o.Id > r.Id));
        return db.Users.AsNoTracking().Where(u => u.EmailConfirmed && given.Any(r => r.PersonId == u.Id));
    }
}

// Every news e-mail carries its recipient's own one-click unsubscribe link.
public sealed record NewsRecipient(Guid PersonId, string Email, string Name, string Culture, string UnsubscribeUrl);
