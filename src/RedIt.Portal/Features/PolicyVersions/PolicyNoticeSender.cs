using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Logging;

namespace RedIt.Portal.Features.PolicyVersions;

// Clause 5: "In the event of significant changes, we will notify you by email". Every customer
// with a confirmed address gets one mail in their own language. The work is a PolicyNoticeRun in
// the database: this service claims a run nobody holds, mails the customers after its cursor a
// page at a time, and saves the cursor after every mail. Started on publish by a signal, and
// every minute it looks for runs that an instance stopped in the middle of.
internal sealed class PolicyNoticeSender(
    PolicyNoticeSignal signal,
    IServiceScopeFactory scopes,
    MailComposer composer,
    IMailSender sender,
    TimeProvider clock,
    ILogger<PolicyNoticeSender> logger) : BackgroundService
{
    private const int BatchSize = 100;

    // Longer than one mail can take (MailKit gives up on a server after two minutes).
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan LookAgainAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendNextRunAsync(stoppingToken))
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception problem)
            {
                // The run stays in the database; the next look picks it up again.
                logger.LogError("Policy notices could not be sent: {Exception}", ExceptionSummary.Of(problem));
            }

            await signal.WaitAsync(LookAgainAfter, stoppingToken);
        }
    }

    // Claims one unfinished run that no instance holds and mails it to the end; false when there is none.
    private async Task<bool> SendNextRunAsync(CancellationToken cancellationToken)
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

    private async Task SendRunAsync(PortalDbContext db, Guid versionId, Guid token, CancellationToken cancellationToken)
    {
        var version = await db.Set<PolicyVersion>().AsNoTracking().SingleAsync(v => v.Id == versionId, cancellationToken);
        var run = await db.Set<PolicyNoticeRun>().AsNoTracking().SingleAsync(r => r.PolicyVersionId == versionId, cancellationToken);
        var customerRole = await db.Roles.Where(r => r.Name == PortalRoles.Customer).Select(r => r.Id).SingleAsync(cancellationToken);

        // Accounts created after publishing accepted the new text at sign-up.
        var customers = db.Users.AsNoTracking()
            .Where(u => u.EmailConfirmed && u.CreatedAt <= version.PublishedAt
                && db.Set<IdentityUserRole<Guid>>().Any(r => r.UserId == u.Id && r.RoleId == customerRole));
        var (cursor, sent, failed) = (run.LastAccountId, run.Sent, run.Failed);
        while (true)
        {
            var after = cursor;
            var batch = await (after is null ? customers : customers.Where(u => u.Id.CompareTo(after.Value) > 0))
                .OrderBy(u => u.Id)
                .Take(BatchSize)
                .Select(u => new { u.Id, u.Email, u.FirstName, u.LastName, u.PreferredCulture })
                .ToListAsync(cancellationToken);
            foreach (var customer in batch)
            {
                var name = $"{customer.FirstName} {customer.LastName}".Trim();
                var mail = composer.Compose(
                    new MailRecipient(customer.Email!, name, customer.PreferredCulture),
                    "RED-IT has changed its privacy policy",
                    ["We have made a significant change to our privacy policy.", version.ChangeSummary, "Please read the new version. When you next sign in to the portal, you can confirm that you have read it."],
                    new MailAction("Read the privacy policy", run.Link));
                try
                {
                    await sender.SendAsync(mail, cancellationToken);
                    sent++;
                }
                catch (Exception problem) when (problem is not OperationCanceledException)
                {
                    // One unreachable mailbox must not keep the notice from everyone after it.
                    failed++;
                    logger.LogWarning("A notice of policy version {Number} could not be sent: {Exception}", version.Number, ExceptionSummary.Of(problem));
                }

                // Saved after the mail, so a stop in between repeats one mail at most and never skips one.
                cursor = customer.Id;
                if (!await SaveProgressAsync(db, versionId, token, cursor, sent, failed, finished: false, cancellationToken))
                {
                    logger.LogWarning("Another instance took over the notices of policy version {Number}", version.Number);
                    return;
                }
            }

            if (batch.Count < BatchSize)
            {
                break;
            }
        }

        await SaveProgressAsync(db, versionId, token, cursor, sent, failed, finished: true, cancellationToken);
        logger.LogInformation("Sent {Sent} notices of policy version {Number}; {Failed} could not be sent", sent, version.Number, failed);
    }

    private async Task<bool> SaveProgressAsync(PortalDbContext db, Guid versionId, Guid token, Guid? cursor, int sent, int failed, bool finished, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? finishedAt = finished ? now : null;
        DateTime? claimedUntil = finished ? null : now + Lease;
        var saved = await db.Set<PolicyNoticeRun>()
            .Where(r => r.PolicyVersionId == versionId && r.ClaimToken == token)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.LastAccountId, finished ? null : cursor)
                    .SetProperty(r => r.Sent, sent)
                    .SetProperty(r => r.Failed, failed)
                    .SetProperty(r => r.FinishedAt, finishedAt)
                    .SetProperty(r => r.ClaimedUntil, claimedUntil),
                cancellationToken);
        return saved == 1;
    }
}
