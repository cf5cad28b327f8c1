using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Tests.Infrastructure;
using static RedIt.Portal.Tests.DataRequests.RequestPeople;

namespace RedIt.Portal.Tests.DataRequests;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "6")]
public sealed class AdminQueueTests(PortalFactory portal)
{
    [Fact]
    public async Task The_queue_shows_each_deadline_and_warns_when_it_is_near_or_past()
    {
        var nearDue = await CorrectionRequestAsync();
        var overdue = await CorrectionRequestAsync();
        var now = DateTime.UtcNow;
        await SetDueAsync(nearDue, now.AddDays(3).AddHours(1));
        await SetDueAsync(overdue, now.AddDays(-2).AddHours(-1));

        var admin = await People.SignedInStaffAsync(portal);
        var queue = await admin.GetAsync("/admin/requests");
        Assert.Equal("Data-subject requests", queue.Heading);

        var nearRow = Row(queue, nearDue.Id);
        Assert.Contains(now.AddDays(3).AddHours(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), nearRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("Due in 3 days", nearRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("due-soon", nearRow.ClassName, StringComparison.Ordinal);

        var overdueRow = Row(queue, overdue.Id);
        Assert.Contains("Overdue by 2 days", overdueRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("overdue", overdueRow.ClassName, StringComparison.Ordinal);

        var rows = queue.Document.QuerySelectorAll("table.requests tbody tr").ToList();
        Assert.True(rows.IndexOf(overdueRow) < rows.IndexOf(nearRow), "The queue is sorted by deadline, the most urgent first.");

        var detail = await admin.GetAsync($"/admin/requests/{overdue.Id}");
        Assert.Contains("This request is overdue", detail.Text, StringComparison.Ordinal);
        Assert.True(await portal.WithDbAsync(db => db.Set<AuditLogEntry>().AnyAsync(e => e.RequestId == overdue.Id && e.Action == AuditAction.DataRequestViewed)));
    }

    [Fact]
    public async Task Extending_the_deadline_needs_a_reason_and_tells_the_requester()
    {
        var request = await CorrectionRequestAsync();
        var admin = await People.SignedInStaffAsync(portal);
        var form = await admin.GetAsync($"/admin/requests/{request.Id}/extend");

        var rejected = await admin.SubmitAndFollowAsync(form, Form(("Months", "2"), ("Reason", " ")));
        Assert.Equal("Please give the reason; the requester is told it.", rejected.FieldError("Reason"));
        Assert.Null((await FindAsync(request.Id)).ExtendedUntil);

        var done = await admin.SubmitAndFollowAsync(form, Form(("Months", "2"), ("Reason", "We must check records kept by a supplier.")));
        Assert.Contains("The deadline is extended", done.Text, StringComparison.Ordinal);
        var extended = await FindAsync(request.Id);
        Assert.Equal(extended.DueAt.AddMonths(2), extended.ExtendedUntil);

        var mail = await Mailbox.WaitForAsync(request.RequesterEmail, "We need more time for your privacy request");
        Assert.Contains("We must check records kept by a supplier.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(extended.ExtendedUntil!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), mail.TextBody, StringComparison.Ordinal);
        Assert.True(await portal.WithDbAsync(db => db.Set<AuditLogEntry>().AnyAsync(e => e.RequestId == request.Id && e.Action == AuditAction.DataRequestExtended)));
    }

    [Fact]
    public async Task A_correction_is_marked_done_with_a_note_and_the_requester_gets_the_outcome()
    {
        var request = await CorrectionRequestAsync();
        var admin = await People.SignedInStaffAsync(portal);
        var form = await admin.GetAsync($"/admin/requests/{request.Id}/complete");
        var rejected = await admin.SubmitAndFollowAsync(form, Form(("Note", "")));
        Assert.Equal("Please describe what was corrected; the requester reads it in the letter.", rejected.FieldError("Note"));

        await admin.SubmitAndFollowAsync(form, Form(("Note", "Your company name is now spelled as you asked.")));
        Assert.Equal(DataRequestStatus.Completed, (await FindAsync(request.Id)).Status);
        var letter = await Mailbox.WaitForAsync(request.RequesterEmail, "The outcome of your privacy request");
        Assert.Contains("Your company name is now spelled as you asked.", letter.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_admins_open_the_request_queue_and_the_audit_log()
    {
        var (customer, _) = await People.SignedInCustomerAsync(portal);
        var support = await People.SignedInStaffAsync(portal, "Support");
        foreach (var browser in new[] { customer, support })
        {
            foreach (var url in new[] { "/admin/requests", "/admin/audit-log" })
            {
                using var response = await browser.Client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains("/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
            }
        }

        using var anonymous = await portal.CreateClient().GetAsync("/admin/requests");
        Assert.Contains("/account/login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);

        var admin = await People.SignedInStaffAsync(portal);
        var log = await admin.GetAsync("/admin/audit-log");
        Assert.Equal("Audit log", log.Heading);
    }

    [Fact]
    public async Task Opening_the_queue_deletes_nothing_and_leaves_out_what_can_no_longer_be_confirmed()
    {
        var expired = await UnconfirmedRequestAsync(DateTime.UtcNow.AddDays(-8));
        // The earliest deadline of the tab, so it is on the first page.
        var recent = await UnconfirmedRequestAsync(DateTime.UtcNow.AddDays(-6).AddHours(-23));
        var admin = await People.SignedInStaffAsync(portal);

        var queue = await admin.GetAsync("/admin/requests?show=unconfirmed");
        Assert.NotNull(Row(queue, recent.Id));
        Assert.Null(queue.Document.QuerySelector($"a[href='/admin/requests/{expired.Id}']"));
        // The retention sweep deletes it, not a page view.
        Assert.True(await portal.WithDbAsync(db => db.Set<DataSubjectRequest>().AnyAsync(r => r.Id == expired.Id)));
    }

    private async Task<DataSubjectRequest> UnconfirmedRequestAsync(DateTime receivedAt)
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
        return request;
    }

    private async Task<DataSubjectRequest> CorrectionRequestAsync()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var form = await browser.GetAsync("/profile/data/correction");
        var empty = await browser.SubmitAndFollowAsync(form, Form(("Message", "")));
        Assert.Equal("Please tell us what is wrong and what it should be.", empty.FieldError("Message"));
        var profile = await browser.SubmitAndFollowAsync(form, Form(("Message", "My company name is misspelled.")));
        Assert.Contains("We received your request for a correction.", profile.Text, StringComparison.Ordinal);
        return await portal.WithDbAsync(db => db.Set<DataSubjectRequest>().AsNoTracking().SingleAsync(r => r.RequesterEmail == email));
    }

    private Task<DataSubjectRequest> FindAsync(Guid id) =>
        portal.WithDbAsync(db => db.Set<DataSubjectRequest>().AsNoTracking().SingleAsync(r => r.Id == id));

    private Task<int> SetDueAsync(DataSubjectRequest request, DateTime due) =>
        portal.WithDbAsync(db => db.Set<DataSubjectRequest>().Where(r => r.Id == request.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.DueAt, due).SetProperty(r => r.ReceivedAt, due.AddMonths(-1))));

    private static AngleSharp.Dom.IElement Row(Browserless.Page page, Guid id) =>
        page.Document.QuerySelector($"a[href='/admin/requests/{id}']")?.Closest("tr")
        ?? throw new InvalidOperationException($"Request {id} is not on the first page of the queue.");

    [Fact]
    [Trait("Policy", "4")]
    public async Task A_staff_account_is_not_erased_from_the_queue()
    {
        var colleague = await People.StaffAsync(portal, "Support");
        var colleagueId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == colleague).Select(u => u.Id).SingleAsync());
        var request = new DataSubjectRequest
        {
            Kind = DataRequestKind.Erasure,
            PersonId = colleagueId,
            RequesterName = "Sam Staff",
            RequesterEmail = colleague,
            ReceivedAt = DateTime.UtcNow,
            DueAt = DateTime.UtcNow.AddMonths(1),
            Status = DataRequestStatus.Open,
        };
        await portal.WithDbAsync(db =>
        {
            db.Add(request);
            return db.SaveChangesAsync();
        });

        var admin = await People.SignedInStaffAsync(portal);
        var refused = await admin.FollowAsync(await admin.Client.GetAsync($"/admin/requests/{request.Id}/erasure"));
        Assert.Contains("This account belongs to staff.", refused.Text, StringComparison.Ordinal);
        var stillThere = await portal.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == colleagueId));
        Assert.Equal(colleague, stillThere.Email);
    }
}
