using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Security;

// Outside Development cookies are Secure-only, so over plain HTTP no form could be posted back.
// A plain-HTTP request is sent to the HTTPS address or told why it cannot be served; never a 500.
[Trait("Policy", "4")]
[Collection(PortalCollectionDefinition.Name)]
public sealed class HttpsOnlyTests(PortalFactory portal)
{
    private static readonly Uri PlainHttp = new("http://localhost");

    [Fact]
    public async Task A_page_asked_for_over_plain_http_is_sent_to_the_same_page_over_https()
    {
        using var response = await PlainClient(portal).GetAsync("/account/login?returnUrl=%2Fprofile");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://localhost/account/login?returnUrl=%2Fprofile", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_form_posted_over_plain_http_gets_the_page_that_explains_and_is_not_handled()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>(StringComparer.Ordinal) { ["Email"] = "someone@example.nl", ["Password"] = People.Password });
        using var response = await PlainClient(portal).PostAsync("/account/login", form);
        var page = await Browserless.Page.FromAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("This portal only works over HTTPS", page.Heading);
        Assert.Equal("https://localhost/account/login", page.Document.QuerySelector("main a")?.GetAttribute("href"));
        Assert.Empty(page.Document.Forms);
    }

    [Fact]
    public async Task Over_https_the_forms_work()
    {
        var browser = new Browserless(portal.CreateClient());
        var page = await People.LoginAsync(browser, People.NewEmail(), "not the password at all");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("The e-mail address or password is not correct.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_configured_proxies_nobody_can_claim_https_with_a_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await PlainClient(portal).SendAsync(request);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
    }

    [Fact]
    public async Task Health_probes_are_answered_over_plain_http()
    {
        using var response = await PlainClient(portal).GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Without_an_https_address_a_plain_http_page_says_what_to_open()
    {
        using var plainOnly = new PortalFactory().With("Portal:BaseUrl", "http://localhost:8080");
        var page = await new Browserless(PlainClient(plainOnly)).GetAsync("/account/login?returnUrl=%2Fprofile");
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("This portal only works over HTTPS", page.Heading);
        Assert.Equal("https://localhost/account/login?returnUrl=%2Fprofile", page.Document.QuerySelector("main code")?.TextContent);
    }

    private static HttpClient PlainClient(PortalFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = PlainHttp, AllowAutoRedirect = false });
}
