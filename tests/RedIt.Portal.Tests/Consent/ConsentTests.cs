using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Consent;
using RedIt.Portal.Features.PolicyVersions;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Consent;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "6")]
public sealed class ConsentTests(PortalFactory portal)
{
    [Fact]
    public async Task Giving_and_withdrawing_consent_on_the_profile_are_equally_easy_and_each_appends_a_record()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var profile = await browser.GetAsync("/profile");
        Assert.NotNull(profile.Document.QuerySelector("a[href='/profile/consent']"));

        var page = await browser.GetAsync("/profile/consent");
        Assert.Equal("Privacy choices", page.Heading);
        Assert.False(IsTicked(page, "Input.NewsEmails"));
        Assert.False(IsTicked(page, "Input.AnalyticsCookies"));

        var started = DateTime.UtcNow.AddSeconds(-5);
        var given = await browser.SubmitAndFollowAsync(page, new Dictionary<string, string>(StringComparer.Ordinal) { ["Input.NewsEmails"] = "true" });
        Assert.Contains("Your privacy choices have been saved.", given.Text, StringComparison.Ordinal);
        Assert.True(IsTicked(given, "Input.NewsEmails"));

        var withdrawn = await browser.SubmitAndFollowAsync(given, new Dictionary<string, string>(StringComparer.Ordinal) { ["Input.NewsEmails"] = "false", ["Input.AnalyticsCookies"] = "true" });
        Assert.False(IsTicked(withdrawn, "Input.NewsEmails"));
        Assert.True(IsTicked(withdrawn, "Input.AnalyticsCookies"));
        Assert.Equal(3, withdrawn.Document.QuerySelectorAll("#consent-history ~ table tbody tr").Length);

        var policy = await portal.WithDbAsync(db => db.Set<PolicyVersion>().MaxAsync(v => v.Number));
        var records = await RecordsAsync(email);
        Assert.Equal(
            [(ConsentPurpose.NewsEmails, true), (ConsentPurpose.NewsEmails, false), (ConsentPurpose.AnalyticsCookies, true)],
            records.Select(r => (r.Purpose, r.Given)));
        Assert.All(records, r =>
        {
            Assert.Equal(ConsentSource.Profile, r.Source);
            Assert.Equal(policy, r.PolicyVersion);
            Assert.InRange(r.At, started, DateTime.UtcNow.AddSeconds(5));
            Assert.Equal(DateTimeKind.Utc, r.At.Kind);
        });

        // Saving without a change proves nothing new, so it records nothing.
        await browser.SubmitAndFollowAsync(withdrawn, new Dictionary<string, string>(StringComparer.Ordinal));
        Assert.Equal(3, (await RecordsAsync(email)).Count);
    }

    [Fact]
    [Trait("Policy", "2.8")]
    public async Task Signing_up_records_consent_to_news_only_when_the_box_is_ticked()
    {
        var ticked = People.NewEmail("news");
        var form = People.PrivateCustomer(ticked);
        form["NewsEmails"] = "true";
        await People.RegisterAsync(new Browserless(portal.CreateClient()), form);

        var unticked = People.NewEmail("nonews");
        var page = await new Browserless(portal.CreateClient()).GetAsync("/account/register");
        Assert.Null(page.Document.QuerySelector("input[name='NewsEmails'][checked]"));
        await People.RegisterAsync(new Browserless(portal.CreateClient()), People.PrivateCustomer(unticked));

        var record = Assert.Single(await RecordsAsync(ticked));
        Assert.Equal((ConsentPurpose.NewsEmails, true, ConsentSource.SignUp), (record.Purpose, record.Given, record.Source));
        Assert.Empty(await RecordsAsync(unticked));
    }

    [Fact]
    [Trait("Policy", "2.8")]
    public async Task The_unsubscribe_link_works_without_signing_in_and_only_the_button_withdraws()
    {
        var email = await SubscribedCustomerAsync();
        var personId = await PersonIdAsync(email);
        var link = portal.WithScope(services => services.GetRequiredService<UnsubscribeLinks>().NewsEmailsUrl(personId));
        Assert.StartsWith("https://localhost/consent/unsubscribe?token=", link, StringComparison.Ordinal);

        var stranger = new Browserless(portal.CreateClient());
        var page = await stranger.GetAsync(link);
        Assert.Equal("Unsubscribe from news e-mails", page.Heading);
        Assert.Single(await RecordsAsync(email));
        Assert.True(await InAudienceAsync(personId));

        var done = await stranger.SubmitAndFollowAsync(page, new Dictionary<string, string>(StringComparer.Ordinal));
        Assert.Equal("You are unsubscribed", done.Heading);
        var records = await RecordsAsync(email);
        Assert.Equal(2, records.Count);
        Assert.Equal((false, ConsentSource.UnsubscribeLink), (records[^1].Given, records[^1].Source));
        Assert.False(await InAudienceAsync(personId));

        var forged = await stranger.GetAsync("/consent/unsubscribe?token=" + Uri.EscapeDataString(personId.ToString()));
        Assert.Equal("This link does not work", forged.Heading);
    }

    [Fact]
    [Trait("Policy", "2.8")]
    public async Task The_newsletter_audience_is_exactly_those_whose_latest_choice_is_yes()
    {
        var subscribed = await PersonIdAsync(await SubscribedCustomerAsync());
        var (withdrawingBrowser, withdrawingEmail) = await SignedInSubscriberAsync();
        var consent = await withdrawingBrowser.GetAsync("/profile/consent");
        await withdrawingBrowser.SubmitAndFollowAsync(consent, new Dictionary<string, string>(StringComparer.Ordinal) { ["Input.NewsEmails"] = "false" });
        var withdrew = await PersonIdAsync(withdrawingEmail);
        var (_, neverEmail) = await People.SignedInCustomerAsync(portal);
        var never = await PersonIdAsync(neverEmail);
        var unconfirmedEmail = People.NewEmail("unconfirmed");
        var form = People.PrivateCustomer(unconfirmedEmail);
        form["NewsEmails"] = "true";
        await People.RegisterAsync(new Browserless(portal.CreateClient()), form);
        var unconfirmed = await PersonIdAsync(unconfirmedEmail);

        var everyone = new List<NewsRecipient>();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var audience = scope.ServiceProvider.GetRequiredService<NewsletterAudience>();
            for (var number = 1; ; number++)
            {
                var page = await audience.PageAsync(number, pageSize: 2);
                everyone.AddRange(page);
                if (page.Count < 2)
                {
                    break;
                }
            }

            Assert.Equal(await audience.CountAsync(), everyone.Count);
        }

        var ids = everyone.Select(r => r.PersonId).ToList();
        Assert.Contains(subscribed, ids);
        Assert.DoesNotContain(withdrew, ids);
        Assert.DoesNotContain(never, ids);
        Assert.DoesNotContain(unconfirmed, ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var recipient = everyone.Single(r => r.PersonId == subscribed);
        Assert.StartsWith("https://localhost/consent/unsubscribe?token=", recipient.UnsubscribeUrl, StringComparison.Ordinal);
    }

    private async Task<string> SubscribedCustomerAsync() => (await SignedInSubscriberAsync()).Email;

    private async Task<(Browserless Browser, string Email)> SignedInSubscriberAsync()
    {
        var browser = new Browserless(portal.CreateClient());
        var email = People.NewEmail("subscriber");
        var form = People.PrivateCustomer(email);
        form["NewsEmails"] = "true";
        await People.RegisterAsync(browser, form);
        await People.ConfirmAsync(browser, email);
        await People.LoginAsync(browser, email);
        return (browser, email);
    }

    private async Task<bool> InAudienceAsync(Guid personId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NewsletterAudience>().IncludesAsync(personId);
    }

    private Task<Guid> PersonIdAsync(string email) =>
        portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<List<ConsentRecord>> RecordsAsync(string email) =>
        portal.WithDbAsync(db => db.Set<ConsentRecord>()
            .Where(r => db.Users.Any(u => u.Id == r.PersonId && u.Email == email))
            .OrderBy(r => r.Id)
            .ToListAsync());

    private static bool IsTicked(Browserless.Page page, string name) =>
        page.Document.QuerySelector($"input[type='checkbox'][name='{name}']")?.HasAttribute("checked") == true;
}
