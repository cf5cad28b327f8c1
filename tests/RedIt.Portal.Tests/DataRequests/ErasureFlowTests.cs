using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Tests.Infrastructure;
using static RedIt.Portal.Tests.DataRequests.RequestPeople;

namespace RedIt.Portal.Tests.DataRequests;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "6")]
public sealed class ErasureFlowTests(PortalFactory portal)
{
    [Fact]
    public async Task A_customer_asks_for_deletion_an_admin_erases_and_only_the_kept_records_remember_them()
    {
        var customer = await UniqueCustomerAsync(portal);
        var personal = new[] { customer.Email, customer.FirstName, customer.LastName, customer.PhoneDigits, customer.Street };

        // The customer reads what will happen, and confirms with their password.
        var ask = await customer.Browser.GetAsync("/profile/data/delete");
        Assert.Equal("Delete my account", ask.Heading);
        Assert.Contains("Addresses", ask.Text, StringComparison.Ordinal);
        Assert.Contains("Anonymised", ask.Text, StringComparison.Ordinal);
        var wrong = await customer.Browser.SubmitAndFollowAsync(ask, Form(("CurrentPassword", "this is not it")));
        Assert.Equal("Your password is not correct.", wrong.FieldError("CurrentPassword"));
        Assert.False(await portal.WithDbAsync(db => db.Set<DataSubjectRequest>().AnyAsync(r => r.PersonId == customer.Id)));
        var asked = await customer.Browser.SubmitAndFollowAsync(ask, Form(("CurrentPassword", People.Password)));
        Assert.Contains("We received your request to delete your account.", asked.Text, StringComparison.Ordinal);
        var request = await portal.WithDbAsync(db => db.Set<DataSubjectRequest>().AsNoTracking().SingleAsync(r => r.PersonId == customer.Id));
        Assert.Equal(DataRequestKind.Erasure, request.Kind);
        Assert.Equal(DataRequestStatus.Open, request.Status);

        // Nothing is erased until an admin has looked.
        Assert.Equal("My details", (await People.LoginAsync(new Browserless(portal.CreateClient()), customer.Email)).Heading);

        var admin = await People.SignedInStaffAsync(portal);
        var detail = await admin.GetAsync($"/admin/requests/{request.Id}");
        Assert.Contains(customer.LastName, detail.Text, StringComparison.Ordinal);
        var plan = await admin.GetAsync($"/admin/requests/{request.Id}/erasure");
        Assert.Equal("Erasure plan", plan.Heading);
        Assert.Contains("Account", plan.Text, StringComparison.Ordinal);
        Assert.Contains("Addresses", plan.Text, StringComparison.Ordinal);

        var unconfirmed = await admin.SubmitAndFollowAsync(plan, Form());
        Assert.Equal("Please tick the box to confirm the erasure.", unconfirmed.FieldError("Confirm"));
        // The scan does find the person while their data is there.
        Assert.Contains(await portal.WithDbAsync(db => DatabaseScan.FindAsync(db, [customer.Street])), h => h.Column == "Street");
        Assert.Equal("My details", (await People.LoginAsync(new Browserless(portal.CreateClient()), customer.Email)).Heading);

        var erased = await admin.SubmitAndFollowAsync(plan, Form(("Confirm", "true")));
        Assert.Contains("The erasure has been carried out.", erased.Text, StringComparison.Ordinal);

        // The person can no longer sign in, with the old password or any other way.
        var login = await People.LoginAsync(new Browserless(portal.CreateClient()), customer.Email);
        Assert.Equal("Sign in", login.Heading);
        Assert.Contains("The e-mail address or password is not correct.", login.Text, StringComparison.Ordinal);
        var account = await portal.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == customer.Id));
        Assert.Null(account.Email);
        Assert.Null(account.PasswordHash);
        Assert.Equal(DateTimeOffset.MaxValue.Year, account.LockoutEnd?.Year);

        // Only the request rows, which the plan keeps as proof, still name the person.
        var after = await portal.WithDbAsync(db => db.Set<DataSubjectRequest>().AsNoTracking().SingleAsync(r => r.Id == request.Id));
        Assert.Contains("Data-subject requests: kept until", after.ErasureKept, StringComparison.Ordinal);
        var requestTable = await portal.WithDbAsync(db => Task.FromResult(DatabaseScan.TableOf<DataSubjectRequest>(db)));
        var hits = await portal.WithDbAsync(db => DatabaseScan.FindAsync(db, personal));
        var outsideKept = hits.Where(h => h.Table != requestTable || h.Column is not ("RequesterName" or "RequesterEmail")).ToList();
        Assert.True(outsideKept.Count == 0, "Personal data left after erasure: " + string.Join(", ", outsideKept));
        Assert.All(hits.GroupBy(h => (h.Table, h.Column)), column => Assert.Single(column));

        // The letter of outcome goes to the address the account had, and says what was kept and why.
        var complete = await admin.GetAsync($"/admin/requests/{request.Id}/complete");
        await admin.SubmitAndFollowAsync(complete, Form(("Note", "")));
        var letter = await Mailbox.WaitForAsync(customer.Email, "The outcome of your privacy request");
        Assert.Contains("What we keep, and why:", letter.TextBody, StringComparison.Ordinal);
        Assert.Contains("Data-subject requests: kept until", letter.TextBody, StringComparison.Ordinal);
        Assert.Contains("Audit log of access to personal data: kept until", letter.TextBody, StringComparison.Ordinal);
        Assert.Equal(DataRequestStatus.Completed, (await portal.WithDbAsync(db => db.Set<DataSubjectRequest>().AsNoTracking().SingleAsync(r => r.Id == request.Id))).Status);

        var history = await portal.WithDbAsync(db => db.Set<AuditLogEntry>().Where(e => e.RequestId == request.Id).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditAction.ErasurePlanViewed, history);
        Assert.Contains(AuditAction.ErasureExecuted, history);
        Assert.Contains(AuditAction.DataRequestCompleted, history);
    }
}
