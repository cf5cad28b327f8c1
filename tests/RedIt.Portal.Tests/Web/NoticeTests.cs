using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Web;

// The one notice after a redirect (this.Notify and the layout's _Notice), seen through the
// privacy choices and the cookie settings pages.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "4")]
public sealed class NoticeTests(PortalFactory portal)
{
    [Fact]
    public async Task A_notice_shows_once_after_the_redirect_as_a_status_in_the_readers_language()
    {
        var (browser, _) = await People.SignedInCustomerAsync(portal);
        browser.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");
        var form = await browser.GetAsync("/profile/consent");
        Assert.Null(Notice(form));

        var saved = await browser.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["Input.NewsEmails"] = "true" });
        Assert.Equal("https://localhost/profile/consent", saved.Url);
        Assert.Equal("Je privacykeuzes zijn opgeslagen.", Notice(saved));
        Assert.Single(saved.Document.QuerySelectorAll("[role='status']"));

        Assert.Null(Notice(await browser.GetAsync("/profile/consent")));
    }

    [Fact]
    public async Task A_visitor_without_an_account_gets_the_notice_too()
    {
        var browser = new Browserless(portal.CreateClient());
        var settings = await browser.GetAsync("/privacy/cookies");
        var saved = await browser.SubmitAndFollowAsync(settings, new Dictionary<string, string>(StringComparer.Ordinal) { ["choice"] = "refuse" }, "/privacy/cookies");
        Assert.Equal("Your cookie choice has been saved.", Notice(saved));
    }

    [Theory]
    [InlineData("/privacy/cookies?saved=true")]
    [InlineData("/privacy/cookies?Notice=Your+account+is+blocked.+Call+0900-1234")]
    [InlineData("/profile/consent?saved=true&notice=Call+0900-1234&message=Call+0900-1234")]
    public async Task No_address_puts_a_notice_on_a_page(string url)
    {
        var (browser, _) = await People.SignedInCustomerAsync(portal);
        var page = await browser.GetAsync(url);
        Assert.Null(Notice(page));
        Assert.DoesNotContain("0900", page.Text, StringComparison.Ordinal);
    }

    private static string? Notice(Browserless.Page page) =>
        page.Document.QuerySelector("main .notice[role='status']")?.TextContent.Trim();
}
