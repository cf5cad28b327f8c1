using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Features.Mailboxes;
using RedIt.Portal.Features.Mailboxes.Reports;
using RedIt.Portal.Tests.Infrastructure;
using static RedIt.Portal.Tests.Mailboxes.SpamReportWorld;

namespace RedIt.Portal.Tests.Mailboxes;

// Clause 2.6: a message the customer marks goes to the filter provider's training mailbox (a
// mailbox of this test's own on the test Dovecot), and the portal says so in the disclosures.
[Trait("Policy", "2.6")]
public sealed class SpamReportTests : IDisposable
{
    private const string NotMail = "This is not an e-mail message (.eml) with its headers.";
    private readonly string _spamExperts = NewUser("spamexperts");
    private readonly string _microsoft = NewUser("microsoft");
    private PortalFactory? _portal;

    private PortalFactory Portal => _portal ??= SpamReportWorld.Portal(_spamExperts, _microsoft);

    [Fact]
    public async Task A_reported_spam_message_arrives_unchanged_in_the_SpamExperts_spam_folder_once_disclosed_and_is_then_deleted_here()
    {
        var (browser, customerId, mailbox) = await CustomerWithMailboxAsync(Portal, SpamFilterProvider.SpamExperts);
        var show = await browser.GetAsync($"/profile/services/{mailbox.Id}");
        Assert.Equal("Report spam or not spam", show.Document.QuerySelector($"a[href='/profile/services/{mailbox.Id}/spam-reports']")?.TextContent.Trim());
        var eml = Eml("Cheap pills " + Guid.NewGuid().ToString("N"));

        var sent = await UploadAsync(browser, mailbox.Id, "Spam", eml);

        Assert.Contains("Your report was received. You can follow it in the list below.", sent.Text, StringComparison.Ordinal);
        Assert.Equal("Queued", sent.Document.QuerySelector("table.spam-reports tbody tr")?.GetAttribute("data-status"));
        var queued = Assert.Single(await ReportsAsync(Portal, customerId));
        Assert.Equal((SpamVerdict.Spam, SpamFilterProvider.SpamExperts, SpamReportStatus.Queued, mailbox.Id, (long)eml.Length, 0),
            (queued.Verdict, queued.Provider, queued.Status, queued.ServiceId, queued.SizeBytes, queued.Attempts));
        // Stored encrypted: not a word of the message is readable in the database.
        Assert.DoesNotContain("Cheap pills", Encoding.Latin1.GetString(queued.EncryptedMessage!), StringComparison.Ordinal);

        Assert.Equal(1, await ForwardAsync(Portal));

        var arrived = Assert.Single(await TrainingFolders.MessagesAsync(_spamExperts, "Spam"));
        Assert.Equal(eml, arrived);
        Assert.Empty(await TrainingFolders.MessagesAsync(_spamExperts, "NotSpam"));
        Assert.Empty(await TrainingFolders.MessagesAsync(_microsoft, "Spam"));
        var forwarded = Assert.Single(await ReportsAsync(Portal, customerId));
        Assert.Equal((SpamReportStatus.Forwarded, (byte[]?)null, (string?)null, 1), (forwarded.Status, forwarded.EncryptedMessage, forwarded.LastError, forwarded.Attempts));
        Assert.NotNull(forwarded.ForwardedAt);
        var disclosure = Assert.Single(await DisclosuresAsync(customerId));
        Assert.Equal(("SpamExperts", "the reported e-mail message", "Training the spam filter with a message the customer reported (2.6)", "Legitimate interest (GDPR art. 6(1)(f))", mailbox.Name),
            (disclosure.Recipient, disclosure.DataItems, disclosure.Purpose, disclosure.LegalGround, disclosure.Reference));

        // Nothing is left to do: no second copy, no second disclosure.
        Assert.Equal(0, await ForwardAsync(Portal));
        Assert.Single(await TrainingFolders.MessagesAsync(_spamExperts, "Spam"));
        Assert.Single(await DisclosuresAsync(customerId));
        var list = await browser.GetAsync($"/profile/services/{mailbox.Id}/spam-reports");
        var row = Assert.Single(list.Document.QuerySelectorAll("table.spam-reports tbody tr"));
        Assert.Equal("Forwarded", row.GetAttribute("data-status"));
        Assert.Contains("Sent to the spam filter", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Spam", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_not_spam_report_of_an_Office_365_mailbox_goes_to_Microsofts_not_spam_folder_and_names_Microsoft()
    {
        var (browser, customerId, mailbox) = await CustomerWithMailboxAsync(Portal, SpamFilterProvider.Microsoft);
        var eml = Eml("Your invoice " + Guid.NewGuid().ToString("N"));

        await UploadAsync(browser, mailbox.Id, "NotSpam", eml);
        Assert.Equal(1, await ForwardAsync(Portal));

        Assert.Equal(eml, Assert.Single(await TrainingFolders.MessagesAsync(_microsoft, "NotSpam")));
        Assert.Empty(await TrainingFolders.MessagesAsync(_microsoft, "Spam"));
        Assert.Empty(await TrainingFolders.MessagesAsync(_spamExperts, "NotSpam"));
        var disclosure = Assert.Single(await DisclosuresAsync(customerId));
        Assert.Equal(("Microsoft", mailbox.Name), (disclosure.Recipient, disclosure.Reference));
        var report = Assert.Single(await ReportsAsync(Portal, customerId));
        Assert.Equal((SpamVerdict.NotSpam, SpamFilterProvider.Microsoft, SpamReportStatus.Forwarded), (report.Verdict, report.Provider, report.Status));
    }

    [Theory]
    [InlineData("screenshot.png", "png")]
    [InlineData("message.txt", "text")]
    [InlineData("message.eml", "body only")]
    public async Task A_file_that_is_not_a_message_with_its_headers_gets_the_field_error_and_nothing_is_stored(string fileName, string kind)
    {
        var (browser, customerId, mailbox) = await CustomerWithMailboxAsync(Portal, SpamFilterProvider.SpamExperts);
        var content = kind switch
        {
            "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52],
            "text" => Encoding.UTF8.GetBytes("Hi, this mail was spam: Buy now, only today.\r\n"),
            _ => Encoding.ASCII.GetBytes("Subject: Buy now\r\n\r\nOnly today.\r\n"),
        };

        var refused = await UploadAsync(browser, mailbox.Id, "Spam", content, fileName);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal(NotMail, refused.FieldError("Message"));
        Assert.Equal("Report spam or not spam", refused.Heading);
        Assert.Empty(await ReportsAsync(Portal, customerId));
        Assert.Equal(0, await ForwardAsync(Portal));
        Assert.Empty(await DisclosuresAsync(customerId));
    }

    [Fact]
    public async Task Without_a_verdict_the_form_asks_for_one_and_stores_nothing()
    {
        var (browser, customerId, mailbox) = await CustomerWithMailboxAsync(Portal, SpamFilterProvider.SpamExperts);

        var refused = await UploadAsync(browser, mailbox.Id, verdict: null, Eml("No verdict"));

        Assert.Equal("Please choose whether the message is spam or not.", refused.FieldError("Verdict"));
        Assert.Empty(await ReportsAsync(Portal, customerId));
    }

    [Fact]
    public async Task Another_customers_mailbox_and_a_service_that_is_no_mailbox_are_not_found()
    {
        var (_, ownerId, theirs) = await CustomerWithMailboxAsync(Portal, SpamFilterProvider.SpamExperts);
        var (browser, otherId, mine) = await CustomerWithMailboxAsync(Portal, SpamFilterProvider.SpamExperts);
        var hosting = await ServiceAsync(Portal, otherId, ProductKind.Hosting, provider: null);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/profile/services/{theirs.Id}/spam-reports")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/profile/services/{hosting.Id}/spam-reports")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/profile/services/{Guid.NewGuid()}/spam-reports")).Status);
        var hostingPage = await browser.GetAsync($"/profile/services/{hosting.Id}");
        Assert.Equal(HttpStatusCode.OK, hostingPage.Status);
        Assert.Null(hostingPage.Document.QuerySelector("a[href$='/spam-reports']"));

        // The customer's own form, with its antiforgery token, sent to the other customer's mailbox.
        foreach (var target in new[] { theirs.Id, hosting.Id })
        {
            var form = await browser.GetAsync($"/profile/services/{mine.Id}/spam-reports");
            form.Form("/spam-reports").SetAttribute("action", $"/profile/services/{target}/spam-reports");
            using var posted = await browser.SubmitWithFilesAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["Verdict"] = "Spam" },
                [new Browserless.UploadedFile("Message", "message.eml", Eml("Probe"), "message/rfc822")]);
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }

        Assert.Empty(await ReportsAsync(Portal, ownerId));
        Assert.Empty(await ReportsAsync(Portal, otherId));
    }

    [Fact]
    public async Task Four_forwarders_that_look_at_the_same_moment_append_the_message_once_with_one_disclosure()
    {
        var (browser, customerId, mailbox) = await CustomerWithMailboxAsync(Portal, SpamFilterProvider.SpamExperts);
        var eml = Eml("Race " + Guid.NewGuid().ToString("N"));
        await UploadAsync(browser, mailbox.Id, "Spam", eml);

        // Each instance has its own forwarder and connection; only one of them claims the report.
        var forwarders = Enumerable.Range(0, 4).Select(_ => Task.Run(() => ForwardAsync(Portal))).ToList();
        var tried = await Task.WhenAll(forwarders);

        Assert.Equal(1, tried.Sum());
        Assert.Equal(eml, Assert.Single(await TrainingFolders.MessagesAsync(_spamExperts, "Spam")));
        Assert.Single(await DisclosuresAsync(customerId));
        var report = Assert.Single(await ReportsAsync(Portal, customerId));
        Assert.Equal((SpamReportStatus.Forwarded, 1), (report.Status, report.Attempts));
    }

    [Fact]
    public async Task An_attempt_repeated_after_its_append_went_through_finds_the_message_there_and_appends_no_copy()
    {
        var (browser, customerId, mailbox) = await CustomerWithMailboxAsync(Portal, SpamFilterProvider.SpamExperts);
        var eml = Eml("Lost answer " + Guid.NewGuid().ToString("N"));
        await UploadAsync(browser, mailbox.Id, "Spam", eml);
        Assert.Equal(1, await ForwardAsync(Portal));

        // As if the APPEND's answer had been lost: the report is due again with its message.
        var stored = Assert.Single(await ReportsAsync(Portal, customerId));
        await Portal.WithDbAsync(db => db.Set<SpamReport>().Where(r => r.Id == stored.Id).ExecuteUpdateAsync(r => r
            .SetProperty(x => x.Status, SpamReportStatus.Queued)
            .SetProperty(x => x.NextAttemptAt, DateTime.UtcNow.AddMinutes(-1))
            .SetProperty(x => x.EncryptedMessage, Portal.WithScope(p => p.GetRequiredService<SpamReportMessages>().Protect(eml)))));
        Assert.Equal(1, await ForwardAsync(Portal));

        Assert.Equal(eml, Assert.Single(await TrainingFolders.MessagesAsync(_spamExperts, "Spam")));
        var again = Assert.Single(await ReportsAsync(Portal, customerId));
        Assert.Equal((SpamReportStatus.Forwarded, 2, (byte[]?)null), (again.Status, again.Attempts, again.EncryptedMessage));
        Assert.Single(await DisclosuresAsync(customerId));
    }

    [Fact]
    public async Task A_provider_that_refuses_gets_the_report_again_later_and_after_twelve_attempts_it_fails_and_the_message_is_deleted()
    {
        _portal = SpamReportWorld.Portal(_spamExperts, _microsoft, microsoftPassword: "not-the-password");
        var (browser, customerId, mailbox) = await CustomerWithMailboxAsync(Portal, SpamFilterProvider.Microsoft);
        await UploadAsync(browser, mailbox.Id, "Spam", Eml("Secret subject"));

        var before = DateTime.UtcNow;
        Assert.Equal(1, await ForwardAsync(Portal));
        var first = Assert.Single(await ReportsAsync(Portal, customerId));
        Assert.Equal((SpamReportStatus.Queued, 1, "AuthenticationException"), (first.Status, first.Attempts, first.LastError));
        Assert.InRange(first.NextAttemptAt!.Value, before.AddSeconds(55), DateTime.UtcNow.AddMinutes(1).AddSeconds(5));
        Assert.NotNull(first.EncryptedMessage);
        // Not due yet: a second look does nothing.
        Assert.Equal(0, await ForwardAsync(Portal));

        for (var attempt = 2; attempt <= 12; attempt++)
        {
            await Portal.WithDbAsync(db => db.Set<SpamReport>().Where(r => r.CustomerId == customerId)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.NextAttemptAt, DateTime.UtcNow.AddMinutes(-1))));
            Assert.Equal(1, await ForwardAsync(Portal));
        }

        var failed = Assert.Single(await ReportsAsync(Portal, customerId));
        Assert.Equal((SpamReportStatus.Failed, 12, (byte[]?)null, (DateTime?)null, (DateTime?)null),
            (failed.Status, failed.Attempts, failed.EncryptedMessage, failed.NextAttemptAt, failed.ForwardedAt));
        Assert.DoesNotContain("Secret", failed.LastError, StringComparison.Ordinal);
        // Disclosed once, before the first attempt: every attempt would have sent the same message to the same party.
        Assert.Equal("Microsoft", Assert.Single(await DisclosuresAsync(customerId)).Recipient);
        Assert.Empty(await TrainingFolders.MessagesAsync(_microsoft, "Spam"));
        var list = await browser.GetAsync($"/profile/services/{mailbox.Id}/spam-reports");
        Assert.Contains("Could not be sent", list.Document.QuerySelector("table.spam-reports tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_training_mailbox_configured_the_report_waits_the_page_says_so_and_nothing_is_disclosed()
    {
        _portal = SpamReportWorld.Portal(_spamExperts, _microsoft, spamExpertsConfigured: false);
        var (browser, customerId, mailbox) = await CustomerWithMailboxAsync(Portal, SpamFilterProvider.SpamExperts);
        var form = await browser.GetAsync($"/profile/services/{mailbox.Id}/spam-reports");
        Assert.Contains("Passing reports on to SpamExperts is not set up on this portal yet.", form.Text, StringComparison.Ordinal);

        var sent = await UploadAsync(browser, mailbox.Id, "Spam", Eml("Waiting"));
        Assert.Equal(0, await ForwardAsync(Portal));

        var report = Assert.Single(await ReportsAsync(Portal, customerId));
        Assert.Equal((SpamReportStatus.Queued, 0, SpamReportForwarder.NotConfigured), (report.Status, report.Attempts, report.LastError));
        Assert.NotNull(report.EncryptedMessage);
        Assert.Empty(await DisclosuresAsync(customerId));
        Assert.Contains("(waits until passing reports on is set up)", sent.Text, StringComparison.Ordinal);
        Assert.Empty(await TrainingFolders.MessagesAsync(_spamExperts, "Spam"));
    }

    public void Dispose() => _portal?.Dispose();

    private Task<List<Disclosure>> DisclosuresAsync(Guid customerId) =>
        Portal.WithDbAsync(db => db.Set<Disclosure>().AsNoTracking().Where(d => d.PersonId == customerId).ToListAsync());
}
