using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Features.ErrorReports;
using RedIt.Portal.Features.Retention;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Privacy;

namespace RedIt.Portal.Tests.Retention;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "6")]
public sealed class RetentionAdminTests(PortalFactory portal)
{
    [Fact]
    [Trait("Policy", "2.10")]
    public async Task An_admin_sees_a_dry_run_and_removes_expired_data_only_after_confirming()
    {
        var seed = new PersonSeed(portal);
        await seed.CustomerAsync();
        var expired = await seed.ErrorReportAsync(DateTime.UtcNow.AddDays(-91));
        var browser = await People.SignedInStaffAsync(portal, PortalRoles.Admin);

        var index = await browser.GetAsync("/admin/retention");
        Assert.Equal(HttpStatusCode.OK, index.Status);
        Assert.Equal("Retention", index.Heading);

        var dryRun = await browser.SubmitAndFollowAsync(index, new Dictionary<string, string>(), "/admin/retention/dry-run");
        Assert.Equal("Dry run of the retention sweep", dryRun.Heading);
        Assert.True(Rows(dryRun, "ErrorReport") >= 1);
        Assert.True(await ExistsAsync(expired));

        var confirm = await browser.GetAsync("/admin/retention/run");
        Assert.Equal("Run the retention sweep now", confirm.Heading);
        Assert.True(Rows(confirm, "ErrorReport") >= 1);
        Assert.True(await ExistsAsync(expired));

        var refused = await browser.SubmitAndFollowAsync(confirm, new Dictionary<string, string>(), "/admin/retention/run");
        Assert.Equal("Please confirm that you want to remove this data now.", refused.FieldError("Confirm"));
        Assert.True(await ExistsAsync(expired));

        var done = await browser.SubmitAndFollowAsync(refused, new Dictionary<string, string>(StringComparer.Ordinal) { ["Confirm"] = "true" }, "/admin/retention/run");
        Assert.Equal("Retention sweep", done.Heading);
        Assert.True(Rows(done, "ErrorReport") >= 1);
        Assert.False(await ExistsAsync(expired));

        var runs = await browser.GetAsync("/admin/retention");
        Assert.True(runs.Document.QuerySelectorAll("table.runs tbody tr").Length >= 2);
    }

    [Fact]
    public async Task Run_now_deletes_the_requests_from_the_public_form_that_nobody_confirmed_within_a_week()
    {
        var expired = await UnconfirmedRequestAsync(DateTime.UtcNow.AddDays(-8));
        var recent = await UnconfirmedRequestAsync(DateTime.UtcNow.AddDays(-6));
        var browser = await People.SignedInStaffAsync(portal, PortalRoles.Admin);

        var confirm = await browser.GetAsync("/admin/retention/run");
        Assert.True(Rows(confirm, RetentionRuns.UnconfirmedRequestsKey) >= 1);
        Assert.True(await RequestExistsAsync(expired));

        var done = await browser.SubmitAndFollowAsync(confirm, new Dictionary<string, string>(StringComparer.Ordinal) { ["Confirm"] = "true" }, "/admin/retention/run");
        Assert.Equal("Retention sweep", done.Heading);
        Assert.True(Rows(done, RetentionRuns.UnconfirmedRequestsKey) >= 1);
        Assert.False(await RequestExistsAsync(expired));
        Assert.True(await RequestExistsAsync(recent));

        var run = await portal.WithDbAsync(db => db.Set<RetentionSweepRun>().AsNoTracking().OrderByDescending(r => r.StartedAt).FirstAsync());
        Assert.Equal(RetentionRuns.Lines(run).Sum(l => l.Rows), run.TotalRows);
    }

    [Fact]
    public async Task The_page_says_when_the_nightly_sweep_is_switched_off()
    {
        // The test portal switches it off (Privacy:RetentionSweepEnabled=false).
        var browser = await People.SignedInStaffAsync(portal, PortalRoles.Admin);
        var index = await browser.GetAsync("/admin/retention");
        Assert.Contains("The nightly sweep is switched off on this installation.", index.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Schedule (cron, UTC)", index.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PortalRoles.Support)]
    [InlineData(PortalRoles.Finance)]
    public async Task Staff_who_are_not_admins_are_denied(string role)
    {
        var browser = await People.SignedInStaffAsync(portal, role);
        foreach (var path in new[] { "/admin/retention", "/admin/retention/run", "/admin/privacy/register" })
        {
            using var response = await browser.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Customers_are_denied()
    {
        var (browser, _) = await People.SignedInCustomerAsync(portal);
        using var response = await browser.Client.GetAsync("/admin/retention");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static int Rows(Browserless.Page page, string key) =>
        int.Parse(page.Document.QuerySelector($"td.rows[data-key='{key}']")!.TextContent, NumberStyles.Integer, CultureInfo.CurrentCulture);

    private async Task<Guid> UnconfirmedRequestAsync(DateTime receivedAt)
    {
        var request = new DataSubjectRequest
        {
            Kind = DataRequestKind.Access,
            RequesterName = "Nobody Confirmed",
            RequesterEmail = People.NewEmail("unconfirmed"),
            ReceivedAt = receivedAt,
            DueAt = receivedAt.AddMonths(1),
            Status = DataRequestStatus.AwaitingConfirmation,
        };
        await portal.WithDbAsync(db =>
        {
            db.Add(request);
            return db.SaveChangesAsync();
        });
        return request.Id;
    }

    private Task<bool> RequestExistsAsync(Guid id) => portal.WithDbAsync(db => db.Set<DataSubjectRequest>().AnyAsync(r => r.Id == id));

    private Task<bool> ExistsAsync(Guid id) => portal.WithDbAsync(db => db.Set<ErrorReport>().AnyAsync(r => r.Id == id));
}
