using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Background;
using RedIt.Portal.Infrastructure.Email;

namespace RedIt.Portal.Features.PolicyVersions;

// Clause 5: "In the event of significant changes, we will notify you by email". Every customer
// with a confirmed address gets one mail in their own language. The work is a PolicyNoticeRun in
// the database: this service claims a run nobody holds and puts a mail for each customer after its
// cursor into the outbox, a page at a time, saving the mails and the cursor together. Started on
// publish by a signal; every minute it looks for runs that an instance stopped in the middle of.
internal sealed class PolicyNoticeSender(
    PolicyNoticeSignal signal,
    IServiceScopeFactory scopes,
    MailComposer composer,
    TimeProvider clock,
    ILogger<PolicyNoticeSender> logger) : SignalledWorker(signal, LookAgainAfter, logger)
{
    private const int BatchSize = 100;

    // Long enough for one page of mails to be written and saved.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan LookAgainAfter = TimeSpan.FromMinutes(1);

    protected override Task<bool> WorkAsync(CancellationToken cancellationToken) => SendNextRunAsync(cancellationToken);

    // Claims one unfinished run that no instance holds and mails it to the end; false when there is
    // none. Internal so a test can run one round and know it has run.
    internal async Task<bool> SendNextRunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var free = await db.Set<PolicyNoticeRun>().AsNoTracking()
            .Where(r => r.FinishedAt == null && (r.ClaimedUntil == null || r.ClaimedUntil < now))
            .Select(r => r.PolicyVersionId)
            .ToListAsync(cancellationToken);
        foreach (var versionId in free)
        {
            // One statement decides between instances: only one of them sees its update count as 1.
            var token = Guid.NewGuid();
            var claimed = await db.Set<PolicyNoticeRun>()
                .Where(r => r.PolicyVersionId == versionId && r.FinishedAt == null && (r.ClaimedUntil == null || r.ClaimedUntil < now))
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.ClaimToken, token).SetProperty(r => r.ClaimedUntil, now + Lease), cancellationToken);
            if (claimed == 1)
            {
                await SendRunAsync(db, versionId, token, cancellationToken);
                return true;
            }
        }

        return false;
    }

    private async Task SendRunAsync(PortalDbContext claimDb, Guid versionId, Guid token, CancellationToken cancellationToken)
    {
        var version = await claimDb.Set<PolicyVersion>().AsNoTracking().SingleAsync(v => v.Id == versionId, cancellationToken);
        var run = await claimDb.Set<PolicyNoticeRun>().AsNoTracking().SingleAsync(r => r.PolicyVersionId == versionId, cancellationToken);
        var customerRole = await claimDb.Roles.Where(r => r.Name == PortalRoles.Customer).Select(r => r.Id).SingleAsync(cancellationToken);
        var (cursor, queued) = (run.LastAccountId, run.Queued);
        bool finished;
        do
        {
            // A scope per page keeps the change tracker small however many customers there are.
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();

            // Accounts created after publishing accepted the new text at sign-up.
            var customers = db.Users.AsNoTracking()
                .Where(u => u.EmailConfirmed && u.CreatedAt <= version.PublishedAt
                    && db.Set<IdentityUserRole<Guid>>().Any(r => r.UserId == u.Id && r.RoleId == customerRole));
            var after = cursor;
            var page = await (after is null ? customers : customers.Where(u => u.Id.CompareTo(after.Value) > 0))
                .OrderBy(u => u.Id)
                .Take(BatchSize)
                .Select(u => new { u.Id, u.Email, u.FirstName, u.LastName, u.PreferredCulture })
                .ToListAsync(cancellationToken);
            foreach (var customer in page)
            {
                var name = $"{customer.FirstName} {customer.LastName}".Trim();
                outbox.Add(
                    composer.Compose(
                        new MailRecipient(customer.Email!, name, customer.PreferredCulture),
                        "RED-IT has changed its privacy policy",
                        ["We have made a significant change to our privacy policy.", version.ChangeSummary, "Please read the new version. When you next sign in to the portal, you can confirm that you have read it."],
                        new MailAction("Read the privacy policy", run.Link)),
                    customer.Id);
            }

            cursor = page.Count > 0 ? page[^1].Id : cursor;
            queued += page.Count;
            finished = page.Count < BatchSize;

            // The page's mails and the cursor are saved together: a stop never mails a customer twice or skips one.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await SaveProgressAsync(db, versionId, token, cursor, queued, finished, cancellationToken))
            {
                logger.LogWarning("Another instance took over the notices of policy version {Number}", version.Number);
                return;
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            outbox.Wake();
        }
        while (!finished);

        logger.LogInformation("Queued {Count} notices of policy version {Number}", queued, version.Number);
    }

    private async Task<bool> SaveProgressAsync(PortalDbContext db, Guid versionId, Guid token, Guid? cursor, int queued, bool finished, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? finishedAt = finished ? now : null;
        DateTime? claimedUntil = finished ? null : now + Lease;
        var saved = await db.Set<PolicyNoticeRun>()
            .Where(r => r.PolicyVersionId == versionId && r.ClaimToken == token)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.LastAccountId, finished ? null : cursor)
                    .SetProperty(r => r.Queued, queued)
                    .SetProperty(r => r.FinishedAt, finishedAt)
                    .SetProperty(r => r.ClaimedUntil, claimedUntil),
                cancellationToken);
        return saved == 1;
    }
}
