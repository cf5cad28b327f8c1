using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.PolicyVersions;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Consent;

[Collection(AnalyticsCollectionDefinition.Name)]
[Trait("Policy", "5")]
public sealed class PolicyVersionTests(AnalyticsPortalFactory portal)
{
    private const string NoticeSubject = "RED-IT has changed its privacy policy";

    [Fact]
    public async Task The_first_version_is_the_policy_of_24_May_2018_shown_as_readable_text()
    {
        var page = await new Browserless(portal.CreateClient()).GetAsync("/privacy/versions/1");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Privacy policy, version 1", page.Heading);
        Assert.Contains("Published on 24 May 2018", page.Text, StringComparison.Ordinal);
        var headings = page.Document.QuerySelectorAll(".policy-text h2").Select(h => h.TextContent).ToList();
        Assert.Contains("3.1. Google Analytics", headings);
        Assert.Contains("5. Changes to this Privacy Policy", headings);
        Assert.Contains("First and last name, so we know who we are doing business with", page.Document.QuerySelectorAll(".policy-text li").Select(l => l.TextContent));

        var index = await new Browserless(portal.CreateClient()).GetAsync("/privacy");
        Assert.Equal("Privacy policy", index.Heading);
        Assert.NotNull(index.Document.QuerySelector("a[href='/privacy/versions/1']"));
    }

    [Fact]
    public async Task A_change_that_is_not_significant_changes_the_date_and_mails_nobody()
    {
        var (customer, email) = await People.SignedInCustomerAsync(portal);
        var (admin, _) = await Staff.SignedInAsync(portal, "Admin");
        var summary = "Clarified the paragraph on spam filtering " + Guid.NewGuid().ToString("N")[..6];

        var version = await PublishAsync(admin, summary, significant: false);
        Assert.False(version.Significant);

        var privacy = await new Browserless(portal.CreateClient()).GetAsync("/privacy");
        var current = await portal.WithDbAsync(db => db.Set<PolicyVersion>().OrderByDescending(v => v.Number).FirstAsync());
        Assert.Equal(version.Number, current.Number);
        Assert.Equal(
            "Last changed on " + version.PublishedAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en")),
            privacy.Document.QuerySelector("#last-changed")?.TextContent);
        Assert.Contains(summary, privacy.Text, StringComparison.Ordinal);
        Assert.Contains("A new paragraph", (await customer.GetAsync($"/privacy/versions/{version.Number}")).Text, StringComparison.Ordinal);

        // A mailing is saved with the version it announces; without one, nobody is ever mailed about it.
        Assert.False(await portal.WithDbAsync(db => db.Set<PolicyNoticeRun>().AnyAsync(r => r.PolicyVersionId == version.Id)));
        await Outbox.AssertNoMailAsync(portal, email, NoticeSubject);
        Assert.Null((await customer.GetAsync("/profile")).Document.QuerySelector(".policy-banner"));
    }

    [Fact]
    public async Task A_significant_change_mails_each_customer_once_and_shows_a_banner_until_they_have_read_it()
    {
        var (customer, email) = await People.SignedInCustomerAsync(portal);
        var (_, otherEmail) = await People.SignedInCustomerAsync(portal);
        var supportEmail = await People.StaffAsync(portal, "Support");
        var (admin, adminEmail) = await Staff.SignedInAsync(portal, "Admin");

        var version = await PublishAsync(admin, "We now also use analytics on the portal.", significant: true);
        Assert.True(version.Significant);

        var mail = await Mailbox.WaitForAsync(email, NoticeSubject);
        await Mailbox.WaitForAsync(otherEmail, NoticeSubject);
        Assert.Equal("https://localhost/privacy", Mailbox.Link(mail));
        Assert.Contains("We now also use analytics on the portal.", mail.TextBody, StringComparison.Ordinal);
        // Once the mailing is finished it adds no more mail: when nothing waits in the outbox, all of it is in the Maildir.
        await WaitUntilMailedAsync(version.Id);
        await Outbox.WaitUntilSentAsync(portal, email);
        await Outbox.WaitUntilSentAsync(portal, otherEmail);
        Assert.Single(Mailbox.All(email), m => (m.Subject ?? "").Contains(NoticeSubject, StringComparison.Ordinal));
        Assert.Single(Mailbox.All(otherEmail), m => (m.Subject ?? "").Contains(NoticeSubject, StringComparison.Ordinal));
        await Outbox.AssertNoMailAsync(portal, supportEmail, NoticeSubject);
        await Outbox.AssertNoMailAsync(portal, adminEmail, NoticeSubject);

        var profile = await customer.GetAsync("/profile");
        var banner = profile.Document.QuerySelector(".policy-banner");
        Assert.NotNull(banner);
        Assert.Contains("We now also use analytics on the portal.", banner.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await customer.GetAsync("/profile/consent")).Document.QuerySelector(".policy-banner"));
        Assert.Null((await admin.GetAsync("/admin/policy")).Document.QuerySelector(".policy-banner"));

        using (var acknowledged = await customer.SubmitAsync(profile, new Dictionary<string, string>(StringComparer.Ordinal), "/privacy/acknowledge"))
        {
            Assert.Equal("/profile", acknowledged.Headers.Location!.OriginalString);
        }

        Assert.Null((await customer.GetAsync("/profile")).Document.QuerySelector(".policy-banner"));
        Assert.Null((await customer.GetAsync("/")).Document.QuerySelector(".policy-banner"));
        var acknowledgements = await portal.WithDbAsync(db => db.Set<PolicyAcknowledgement>()
            .CountAsync(a => a.PolicyVersionId == version.Id && db.Users.Any(u => u.Id == a.PersonId && u.Email == email)));
        Assert.Equal(1, acknowledgements);

        // Someone who signs up after the change accepted the new text at sign-up.
        var (newcomer, _) = await People.SignedInCustomerAsync(portal);
        Assert.Null((await newcomer.GetAsync("/profile")).Document.QuerySelector(".policy-banner"));
    }

    [Fact]
    public async Task The_publish_form_says_what_is_missing_per_field_and_publishes_nothing()
    {
        var (admin, _) = await Staff.SignedInAsync(portal, "Admin");
        var before = await portal.WithDbAsync(db => db.Set<PolicyVersion>().CountAsync());
        var form = await admin.GetAsync("/admin/policy/publish");
        Assert.Equal("Publish a new version", form.Heading);

        var rejected = await admin.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["Text"] = "", ["ChangeSummary"] = "" });
        Assert.Equal("Please enter the full text of the privacy policy.", rejected.FieldError("Text"));
        Assert.Equal("Please describe what changed.", rejected.FieldError("ChangeSummary"));
        Assert.Equal("Please choose whether this is a significant change.", rejected.FieldError("Significant"));

        var currentText = form.Document.QuerySelector("textarea[name='Text']")!.TextContent;
        var unchanged = await admin.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["Text"] = currentText, ["ChangeSummary"] = "Nothing really", ["Significant"] = "false" });
        Assert.Equal("This text is the same as the current version.", unchanged.FieldError("Text"));
        Assert.Equal("Nothing really", unchanged.Document.QuerySelector("textarea[name='ChangeSummary']")?.TextContent.Trim());

        var confirm = await admin.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Text"] = currentText + "\nA new paragraph.",
            ["ChangeSummary"] = "Not yet confirmed",
            ["Significant"] = "true",
        });
        Assert.Equal("Confirm publication", confirm.Heading);
        Assert.Equal(before, await portal.WithDbAsync(db => db.Set<PolicyVersion>().CountAsync()));
    }

    [Fact]
    [Trait("Policy", "4")]
    public async Task Only_admins_publish_policy_versions()
    {
        using (var anonymous = await portal.CreateClient().GetAsync("/admin/policy"))
        {
            Assert.Contains("/account/login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        var (customer, _) = await People.SignedInCustomerAsync(portal);
        var (support, _) = await Staff.SignedInAsync(portal, "Support");
        foreach (var browser in new[] { customer, support })
        {
            using var list = await browser.Client.GetAsync("/admin/policy");
            Assert.Contains("/account/access-denied", list.Headers.Location!.ToString(), StringComparison.Ordinal);
            using var form = await browser.Client.GetAsync("/admin/policy/publish");
            Assert.Contains("/account/access-denied", form.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    private async Task WaitUntilMailedAsync(Guid versionId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await portal.WithDbAsync(db => db.Set<PolicyNoticeRun>().AnyAsync(r => r.PolicyVersionId == versionId && r.FinishedAt != null)))
        {
            Assert.True(DateTime.UtcNow < deadline, "The mailing did not finish within 20 seconds.");
            await Task.Delay(100);
        }
    }

    // Through the admin pages: the form, the confirmation, then the list.
    private async Task<PolicyVersion> PublishAsync(Browserless admin, string summary, bool significant)
    {
        var form = await admin.GetAsync("/admin/policy/publish");
        var confirm = await admin.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Text"] = form.Document.QuerySelector("textarea[name='Text']")!.TextContent + "\nA new paragraph " + Guid.NewGuid().ToString("N") + ".",
            ["ChangeSummary"] = summary,
            ["Significant"] = significant ? "true" : "false",
        });
        Assert.Equal("Confirm publication", confirm.Heading);
        var button = confirm.Document.QuerySelector("main form button[type='submit']")!.TextContent;
        var list = await admin.SubmitAndFollowAsync(confirm, new Dictionary<string, string>(StringComparer.Ordinal));
        Assert.Equal("Privacy policy versions", list.Heading);
        Assert.Contains(summary, list.Text, StringComparison.Ordinal);
        Assert.Equal(
            significant ? "The new version is published. Customers are being notified by e-mail and in the portal." : "The new version is published.",
            list.Document.QuerySelector(".notice[role='status']")?.TextContent.Trim());
        var version = await portal.WithDbAsync(db => db.Set<PolicyVersion>().SingleAsync(v => v.ChangeSummary == summary));
        Assert.Equal($"Publish version {version.Number}", button);
        return version;
    }
}
