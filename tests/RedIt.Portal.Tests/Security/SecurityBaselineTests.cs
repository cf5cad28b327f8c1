using System.Net;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Security;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "4")]
public sealed class SecurityBaselineTests(PortalFactory portal)
{
    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        // HSTS is never sent for localhost, so this request names the portal's own host.
        var client = portal.CreateClient();
        client.BaseAddress = new Uri("https://portal.red-it.test");
        using var response = await client.GetAsync("/account/register");
        var headers = response.Headers;
        var csp = string.Join(' ', headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("max-age=31536000", headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(StringComparer.Ordinal) { ["Email"] = "a@example.nl", ["Password"] = "whatever whatever" });
        using var response = await portal.CreateClient().PostAsync("/account/login", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_HttpOnly_Secure_and_SameSite()
    {
        var browser = new Browserless(portal.CreateClient());
        var email = People.NewEmail();
        await People.RegisterAsync(browser, People.PrivateCustomer(email));
        await People.ConfirmAsync(browser, email);
        var page = await browser.GetAsync("/account/login");
        using var response = await browser.SubmitAsync(page, new Dictionary<string, string>(StringComparer.Ordinal) { ["Email"] = email, ["Password"] = People.Password });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-redit.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_checks_the_database()
    {
        using var response = await portal.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_page_shows_a_friendly_page_with_a_reference()
    {
        var page = await new Browserless(portal.CreateClient()).GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Heading);
        Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector(".reference code")?.TextContent));
    }

    [Fact]
    public async Task The_development_mailbox_does_not_exist_outside_Development()
    {
        var email = await People.StaffAsync(portal, "Admin");
        var browser = new Browserless(portal.CreateClient());
        var setup = await People.LoginAsync(browser, email);
        await browser.SubmitAsync(setup, new Dictionary<string, string>(StringComparer.Ordinal) { ["Code"] = Totp.Code(setup.Document.QuerySelector("#shared-key")!.TextContent) });

        using var response = await browser.Client.GetAsync("/dev/mailbox");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Customers_cannot_open_staff_pages()
    {
        var (browser, _) = await People.SignedInCustomerAsync(portal);
        using var response = await browser.Client.GetAsync("/dev/mailbox");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Policy", "1.1")]
    public async Task Dutch_browsers_get_Dutch_pages_and_messages()
    {
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL,nl;q=0.9,en;q=0.5");
        var browser = new Browserless(client);
        var page = await browser.GetAsync("/account/register");
        Assert.Equal("nl", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Account aanmaken", page.Heading);

        var rejected = await browser.SubmitAndFollowAsync(page, new Dictionary<string, string>(StringComparer.Ordinal) { ["Address.PostalCode"] = "12" });
        Assert.StartsWith("Dit is geen geldige postcode voor Nederland", rejected.FieldError("Address.PostalCode"), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Policy", "1.1")]
    public async Task The_language_switch_in_the_footer_remembers_the_choice()
    {
        var browser = new Browserless(portal.CreateClient());
        var page = await browser.GetAsync("/account/login");
        var dutch = await browser.SubmitAndFollowAsync(page, new Dictionary<string, string>(StringComparer.Ordinal) { ["culture"] = "nl" }, "/language");
        Assert.Equal("Inloggen", dutch.Heading);
        Assert.Equal("Inloggen", (await browser.GetAsync("/account/login")).Heading);
    }
}
