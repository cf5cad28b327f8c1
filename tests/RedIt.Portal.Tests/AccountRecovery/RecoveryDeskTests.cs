using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.AccountRecovery;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Tests.Infrastructure;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.AccountRecovery;

// Clause 2.1: Support reviews a case, alone sees its documents, and approves or rejects it; the
// documents go with the decision, and the case keeps only what was deleted.
[Trait("Policy", "2.1")]
[Collection(PortalCollectionDefinition.Name)]
public sealed class RecoveryDeskTests(PortalFactory portal)
{
    [Fact]
    public async Task Only_cases_with_a_confirmed_new_address_are_on_the_desk()
    {
        var (email, number, _) = await Recoveries.CustomerAsync(portal);
        var waiting = People.NewEmail("recovered");
        await Recoveries.SubmitAsync(new Browserless(portal.CreateClient()), Recoveries.Private(email, waiting), Recoveries.Identity(Recoveries.MarkedPdf("unconfirmed")));
        var unconfirmed = await Recoveries.CaseAsync(portal, waiting);
        var (confirmed, _) = await Recoveries.ConfirmedCaseAsync(portal, email, People.NewEmail("recovered"));
        var (support, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);

        var queue = await support.GetAsync($"/desk/recovery?q={number}");

        Assert.Equal(HttpStatusCode.OK, queue.Status);
        Assert.NotNull(queue.Document.QuerySelector($"tr[data-case='{confirmed.Id}']"));
        Assert.Null(queue.Document.QuerySelector($"tr[data-case='{unconfirmed.Id}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await support.GetAsync($"/desk/recovery/{unconfirmed.Id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await support.GetAsync($"/desk/recovery/{confirmed.Id}")).Status);
    }

    [Fact]
    public async Task Only_the_reviewer_sees_the_documents_inline_uncached_and_every_view_is_audited()
    {
        var (email, _, personId) = await Recoveries.CustomerAsync(portal);
        var (recovery, marker) = await Recoveries.ConfirmedCaseAsync(portal, email, People.NewEmail("recovered"));
        var document = recovery.Documents.Single();
        var (reviewer, reviewerEmail) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
        var (colleague, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
        var (admin, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Admin);
        var url = $"/desk/recovery/{recovery.Id}/documents/{document.Id}";

        // Before anyone takes the case, nobody sees the documents.
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.Client.GetAsync(url)).StatusCode);
        var taken = await Recoveries.TakeAsync(reviewer, recovery.Id);
        Assert.Contains("The case is yours now", taken.Text, StringComparison.Ordinal);
        Assert.NotNull(taken.Document.QuerySelector($"a[href='{url}']"));

        using (var first = await reviewer.Client.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal("application/pdf", first.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("inline", first.Content.Headers.ContentDisposition?.ToString() ?? first.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
            Assert.Contains("no-store", first.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
            Assert.Equal("nosniff", first.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await first.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        }

        using (await reviewer.Client.GetAsync(url))
        {
        }

        // A colleague and Admin: the document does not exist for them, nor does the case's take.
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync(url)).StatusCode);
        var refused = await Recoveries.TakeAsync(colleague, recovery.Id);
        Assert.Contains("This case is someone else's", refused.Text, StringComparison.Ordinal);
        Assert.Null(refused.Document.QuerySelector($"a[href='{url}']"));
        Assert.DoesNotContain(marker, refused.Html, StringComparison.Ordinal);

        var reviewerId = await Recoveries.UserIdAsync(portal, reviewerEmail);
        var entries = await portal.WithDbAsync(db => db.Set<AuditLogEntry>().AsNoTracking()
            .Where(e => e.SubjectPersonId == personId && (e.Action == AuditAction.RecoveryDocumentViewed || e.Action == AuditAction.RecoveryCaseTaken))
            .ToListAsync());
        Assert.Single(entries, e => e.Action == AuditAction.RecoveryCaseTaken && e.ActorUserId == reviewerId);
        var views = entries.Where(e => e.Action == AuditAction.RecoveryDocumentViewed).ToList();
        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.Equal(reviewerId, v.ActorUserId));
        Assert.All(views, v => Assert.Contains(document.Id.ToString(), v.Details, StringComparison.Ordinal));
        Assert.Equal(reviewerId, (await Recoveries.CaseAsync(portal, recovery.NewEmail)).ReviewerId);
    }

    [Fact]
    public async Task Approving_gives_the_account_the_new_address_ends_its_sessions_and_deletes_the_documents()
    {
        var (email, _, personId, customer) = await Recoveries.SignedInCustomerAsync(portal);
        var newEmail = People.NewEmail("recovered");
        var (recovery, marker) = await Recoveries.ConfirmedCaseAsync(portal, email, newEmail);
        var ciphertext = recovery.Documents.Single().EncryptedContent;
        var (reviewer, reviewerEmail) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
        await Recoveries.TakeAsync(reviewer, recovery.Id);
        var stampBefore = await portal.WithDbAsync(db => db.Users.Where(u => u.Id == personId).Select(u => u.SecurityStamp).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await customer.GetAsync("/profile")).Status);

        var confirm = await reviewer.SubmitAndFollowAsync(await reviewer.GetAsync($"/desk/recovery/{recovery.Id}"),
            new Dictionary<string, string>(StringComparer.Ordinal), $"/desk/recovery/{recovery.Id}/approve");
        Assert.Equal("Restore access to this account?", confirm.Heading);
        Assert.Equal(RecoveryCaseStatus.Open, (await Recoveries.CaseAsync(portal, newEmail)).Status);
        var done = await reviewer.SubmitAndFollowAsync(confirm, new Dictionary<string, string>(StringComparer.Ordinal), $"/desk/recovery/{recovery.Id}/approve/confirm");
        Assert.Contains("Access is restored and the documents are deleted.", done.Text, StringComparison.Ordinal);

        var user = await portal.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == personId));
        Assert.Equal(newEmail, user.Email);
        Assert.Equal(newEmail, user.UserName);
        Assert.True(user.EmailConfirmed);
        Assert.NotEqual(stampBefore, user.SecurityStamp);

        // The customer's old cookie no longer works; the new address signs in.
        using (var old = await customer.Client.GetAsync("/profile"))
        {
            Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
            Assert.Contains("/account/login", old.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var signedIn = await People.LoginAsync(new Browserless(portal.CreateClient()), newEmail);
        Assert.Equal("My details", signedIn.Heading);
        var refused = await People.LoginAsync(new Browserless(portal.CreateClient()), email);
        Assert.NotEqual("My details", refused.Heading);

        Assert.Contains("this is its e-mail address from now on", (await Mailbox.WaitForAsync(newEmail, "Access to your RED-IT account is restored")).TextBody, StringComparison.Ordinal);
        await Mailbox.WaitForAsync(email, "The e-mail address of your RED-IT account was changed");

        var closed = await Recoveries.CaseAsync(portal, newEmail);
        Assert.Equal(RecoveryCaseStatus.Restored, closed.Status);
        Assert.NotNull(closed.DecidedAt);
        Assert.NotNull(closed.DocumentsDeletedAt);
        Assert.Equal(reviewerEmail, closed.DocumentsDeletedBy);
        Assert.Equal("IdentityCopy x 1", closed.DeletedDocuments);
        Assert.False(closed.TwoFactorReset);
        Assert.Empty(closed.Documents);
        await AssertGoneAsync(recovery.Id, ciphertext, marker);
        Assert.Contains(await portal.WithDbAsync(db => db.Set<AuditLogEntry>().Where(e => e.SubjectPersonId == personId).Select(e => e.Action).ToListAsync()),
            a => a == AuditAction.RecoveryApproved);
    }

    [Fact]
    public async Task Two_factor_is_turned_off_only_when_the_reviewer_ticks_it()
    {
        foreach (var tick in new[] { false, true })
        {
            var (email, _, personId) = await Recoveries.CustomerAsync(portal);
            await using (var scope = portal.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
                var account = (await users.FindByIdAsync(personId.ToString()))!;
                await users.ResetAuthenticatorKeyAsync(account);
                await users.SetTwoFactorEnabledAsync(account, true);
            }

            var newEmail = People.NewEmail("recovered");
            var (recovery, _) = await Recoveries.ConfirmedCaseAsync(portal, email, newEmail);
            var (reviewer, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
            await Recoveries.TakeAsync(reviewer, recovery.Id);

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            if (tick)
            {
                fields["Approve.ResetTwoFactor"] = "true";
            }

            var done = await Recoveries.DecideAsync(reviewer, recovery.Id, "approve", fields);

            Assert.Contains("Access is restored", done.Text, StringComparison.Ordinal);
            var user = await portal.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == personId));
            Assert.Equal(!tick, user.TwoFactorEnabled);
            Assert.Equal(tick, (await Recoveries.CaseAsync(portal, newEmail)).TwoFactorReset);
        }
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_which_the_new_address_gets_and_the_documents_go()
    {
        var (email, _, personId) = await Recoveries.CustomerAsync(portal);
        var newEmail = People.NewEmail("recovered");
        var (recovery, marker) = await Recoveries.ConfirmedCaseAsync(portal, email, newEmail);
        var ciphertext = recovery.Documents.Single().EncryptedContent;
        var (reviewer, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
        await Recoveries.TakeAsync(reviewer, recovery.Id);

        var empty = await Recoveries.DecideAsync(reviewer, recovery.Id, "reject", new Dictionary<string, string>(StringComparer.Ordinal) { ["Reject.Reason"] = "  " });
        Assert.Equal("Please give the reason: it is sent to the requester.", empty.FieldError("Reject.Reason"));
        Assert.Equal(RecoveryCaseStatus.Open, (await Recoveries.CaseAsync(portal, newEmail)).Status);

        var reason = "The name on the passport is not the account holder's.";
        var done = await Recoveries.DecideAsync(reviewer, recovery.Id, "reject", new Dictionary<string, string>(StringComparer.Ordinal) { ["Reject.Reason"] = reason });

        Assert.Contains("The request is rejected and the documents are deleted.", done.Text, StringComparison.Ordinal);
        var closed = await Recoveries.CaseAsync(portal, newEmail);
        Assert.Equal(RecoveryCaseStatus.Rejected, closed.Status);
        Assert.Equal(reason, closed.RejectionReason);
        Assert.Equal("IdentityCopy x 1", closed.DeletedDocuments);
        Assert.Contains(reason, (await Mailbox.WaitForAsync(newEmail, "We could not restore access")).TextBody, StringComparison.Ordinal);
        Assert.Equal(email, await portal.WithDbAsync(db => db.Users.Where(u => u.Id == personId).Select(u => u.Email).SingleAsync()));
        await AssertGoneAsync(recovery.Id, ciphertext, marker);
    }

    [Fact]
    public async Task A_business_case_is_approved_only_with_an_extract_of_at_most_3_months_old()
    {
        var (email, _, _) = await Recoveries.CustomerAsync(portal);
        var newEmail = People.NewEmail("recovered");
        var browser = new Browserless(portal.CreateClient());
        await Recoveries.SubmitAsync(browser, Recoveries.Business(email, newEmail, "Sole"),
            Recoveries.Kvk(Recoveries.MarkedPdf("kvk")), Recoveries.Identity(Recoveries.MarkedPdf("id")));
        await Recoveries.ConfirmAsync(browser, newEmail);
        var recovery = await Recoveries.CaseAsync(portal, newEmail);
        var (reviewer, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
        await Recoveries.TakeAsync(reviewer, recovery.Id);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var missing = await Recoveries.DecideAsync(reviewer, recovery.Id, "approve", new Dictionary<string, string>(StringComparer.Ordinal));
        Assert.Equal("Please enter the date of the KvK extract.", missing.FieldError("Approve.ExtractDated"));
        var old = await Recoveries.DecideAsync(reviewer, recovery.Id, "approve", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Approve.ExtractDated"] = today.AddMonths(-3).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal("The extract is older than 3 months: ask for a new one, or reject the request.", old.FieldError("Approve.ExtractDated"));
        Assert.Equal(RecoveryCaseStatus.Open, (await Recoveries.CaseAsync(portal, newEmail)).Status);

        var done = await Recoveries.DecideAsync(reviewer, recovery.Id, "approve", new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Approve.ExtractDated"] = today.AddMonths(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Contains("Access is restored", done.Text, StringComparison.Ordinal);
        Assert.Equal("IdentityCopy x 1, KvkExtract x 1", (await Recoveries.CaseAsync(portal, newEmail)).DeletedDocuments);
    }

    [Fact]
    public async Task Staff_have_no_other_way_to_change_a_customers_e_mail_address()
    {
        var (_, number, _) = await Recoveries.CustomerAsync(portal);
        var (support, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);

        var page = await support.GetAsync($"/staff/customers/{number}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var posts = page.Document.Forms.Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)
            && !(f.GetAttribute("action") ?? "").Contains("/language", StringComparison.Ordinal)
            && !(f.GetAttribute("action") ?? "").Contains("/logout", StringComparison.Ordinal)).ToList();
        Assert.Empty(posts);
        Assert.Null(page.Document.QuerySelector("input[name*='mail' i]"));
        // No staff route writes an address: the recovery desk's decision is the only one.
        var staffWrites = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(r => (r.StartsWith("staff", StringComparison.Ordinal) || r.StartsWith("desk", StringComparison.Ordinal) || r.StartsWith("admin", StringComparison.Ordinal))
                && r.Contains("mail", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.Empty(staffWrites);
    }

    // The rows are gone, and neither the stored (encrypted) bytes nor the marker are anywhere in
    // a binary or text column of the database.
    private async Task AssertGoneAsync(Guid caseId, byte[] ciphertext, string marker)
    {
        Assert.False(await portal.WithDbAsync(db => db.Set<RecoveryDocument>().AnyAsync(d => d.CaseId == caseId)));
        var hits = await portal.WithDbAsync(db => DatabaseScan.FindBytesAsync(db, [ciphertext[..64], System.Text.Encoding.ASCII.GetBytes(marker)]));
        Assert.Empty(hits);
        Assert.Empty(await portal.WithDbAsync(db => DatabaseScan.FindAsync(db, [marker])));
    }
}
