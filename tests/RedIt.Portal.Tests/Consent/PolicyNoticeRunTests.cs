using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RedIt.Portal.Features.PolicyVersions;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Consent;

// The notice of a significant change reaches every customer once, even when the instance that
// was sending it stopped halfway. A portal of its own: the run mails every customer in the database.
[Trait("Policy", "5")]
public sealed class PolicyNoticeRunTests : IDisposable
{
    private const string NoticeSubject = "RED-IT has changed its privacy policy";
    private readonly PortalFactory _portal = new();

    [Fact]
    public async Task A_mailing_that_stopped_halfway_waits_for_its_claim_to_lapse_then_goes_on_after_the_last_customer_reached()
    {
        var emails = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            emails.Add((await People.SignedInCustomerAsync(_portal)).Email);
        }

        var customers = await _portal.WithDbAsync(db => db.Users.AsNoTracking()
            .Where(u => emails.Contains(u.Email!)).OrderBy(u => u.Id).Select(u => new { u.Id, u.Email }).ToListAsync());
        var versionId = Guid.NewGuid();
        var now = DateTime.UtcNow;
        await _portal.WithDbAsync(async db =>
        {
            var current = await db.Set<PolicyVersion>().OrderByDescending(v => v.Number).FirstAsync();
            db.Add(new PolicyVersion
            {
                Id = versionId,
                Number = current.Number + 1,
                PublishedAt = now,
                Significant = true,
                ChangeSummary = "We now keep call recordings for 30 days.",
                Text = current.Text + "\nCall recordings are kept for 30 days.",
            });

            // The instance sending it reached the first customer, then stopped; its claim still runs.
            db.Add(new PolicyNoticeRun
            {
                PolicyVersionId = versionId,
                Link = "https://localhost/privacy",
                LastAccountId = customers[0].Id,
                Queued = 1,
                ClaimToken = Guid.NewGuid(),
                ClaimedUntil = now.AddMinutes(5),
            });
            return await db.SaveChangesAsync();
        });

        // This instance looks for work now, finds the run held by the other one, and leaves it alone.
        var sender = _portal.Services.GetServices<IHostedService>().OfType<PolicyNoticeSender>().Single();
        Assert.False(await sender.SendNextRunAsync(CancellationToken.None));
        var held = await _portal.WithDbAsync(db => db.Set<PolicyNoticeRun>().AsNoTracking().SingleAsync(r => r.PolicyVersionId == versionId));
        Assert.Equal((1, customers[0].Id, (DateTime?)null), (held.Queued, held.LastAccountId, held.FinishedAt));
        foreach (var email in emails)
        {
            await Outbox.AssertNoMailAsync(_portal, email, NoticeSubject);
        }

        var signal = _portal.Services.GetRequiredService<PolicyNoticeSignal>();

        // Once the claim has lapsed, this instance takes the run over where it stopped.
        await _portal.WithDbAsync(db => db.Set<PolicyNoticeRun>().Where(r => r.PolicyVersionId == versionId)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.ClaimedUntil, now.AddSeconds(-1))));
        signal.Wake();
        var second = await Mailbox.WaitForAsync(customers[1].Email!, NoticeSubject);
        await Mailbox.WaitForAsync(customers[2].Email!, NoticeSubject);
        Assert.Contains("We now keep call recordings for 30 days.", second.TextBody, StringComparison.Ordinal);
        Assert.Equal("https://localhost/privacy", Mailbox.Link(second));

        var run = await WaitUntilFinishedAsync(versionId);
        Assert.Equal(3, run.Queued);
        Assert.Null(run.LastAccountId);
        Assert.DoesNotContain(Mailbox.All(customers[0].Email!), m => (m.Subject ?? "").Contains(NoticeSubject, StringComparison.Ordinal));
        Assert.Single(Mailbox.All(customers[1].Email!), m => (m.Subject ?? "").Contains(NoticeSubject, StringComparison.Ordinal));

        // The admin sees how far the mailing came.
        var admin = await People.SignedInStaffAsync(_portal);
        var list = await admin.GetAsync("/admin/policy");
        var row = list.Document.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("We now keep call recordings", StringComparison.Ordinal));
        Assert.Equal("Mailed to 3 customers", row.QuerySelector(".notices")!.TextContent.Trim());
    }

    public void Dispose() => _portal.Dispose();

    private async Task<PolicyNoticeRun> WaitUntilFinishedAsync(Guid versionId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var run = await _portal.WithDbAsync(db => db.Set<PolicyNoticeRun>().AsNoTracking().SingleAsync(r => r.PolicyVersionId == versionId));
            if (run.FinishedAt is not null || DateTime.UtcNow > deadline)
            {
                Assert.NotNull(run.FinishedAt);
                return run;
            }

            await Task.Delay(100);
        }
    }
}
