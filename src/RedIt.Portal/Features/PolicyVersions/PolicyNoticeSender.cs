using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Logging;

namespace RedIt.Portal.Features.PolicyVersions;

// Clause 5: "In the event of significant changes, we will notify you by email". Every customer
// with a confirmed address gets one mail in their own language, read from the database a page
// at a time so the number of customers never decides how much memory this takes.
internal sealed class PolicyNoticeSender(
    PolicyNoticeChannel queue,
    IServiceScopeFactory scopes,
    MailComposer composer,
    IMailSender sender,
    ILogger<PolicyNoticeSender> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var notice in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(notice, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception problem)
            {
                logger.LogError("Notices of policy version {PolicyVersionId} could not all be sent: {Exception}", notice.PolicyVersionId, ExceptionSummary.Of(problem));
            }
        }
    }

    private async Task SendAsync(PolicyNotice notice, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var version = await db.Set<PolicyVersion>().AsNoTracking().SingleAsync(v => v.Id == notice.PolicyVersionId, cancellationToken);
        var customerRole = await db.Roles.Where(r => r.Name == PortalRoles.Customer).Select(r => r.Id).SingleAsync(cancellationToken);

        // Accounts created after publishing accepted the new text at sign-up; leaving them out also
        // keeps the pages stable while new customers sign up during the run.
        var customers = db.Users.AsNoTracking()
            .Where(u => u.EmailConfirmed && u.CreatedAt <= version.PublishedAt
                && db.Set<IdentityUserRole<Guid>>().Any(r => r.UserId == u.Id && r.RoleId == customerRole))
            .OrderBy(u => u.Id);

        var sent = 0;
        for (var offset = 0; ; offset += BatchSize)
        {
            var batch = await customers.Skip(offset).Take(BatchSize)
                .Select(u => new { u.Email, u.FirstName, u.LastName, u.PreferredCulture })
                .ToListAsync(cancellationToken);
            foreach (var customer in batch)
            {
                var name = $"{customer.FirstName} {customer.LastName}".Trim();
                var mail = composer.Compose(
                    new MailRecipient(customer.Email!, name, customer.PreferredCulture),
                    "RED-IT has changed its privacy policy",
                    ["We have made a significant change to our privacy policy.", version.ChangeSummary, "Please read the new version. When you next sign in to the portal, you can confirm that you have read it."],
                    new MailAction("Read the privacy policy", notice.PrivacyUrl));
                try
                {
                    await sender.SendAsync(mail, cancellationToken);
                    sent++;
                }
                catch (Exception problem) when (problem is not OperationCanceledException)
                {
                    // One unreachable mailbox must not keep the notice from everyone after it.
                    logger.LogWarning("A notice of policy version {Number} could not be sent: {Exception}", version.Number, ExceptionSummary.Of(problem));
                }
            }

            if (batch.Count < BatchSize)
            {
                break;
            }
        }

        logger.LogInformation("Sent {Count} notices of policy version {Number}", sent, version.Number);
    }
}
