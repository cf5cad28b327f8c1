using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Consent;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Consent;

[Collection(AnalyticsCollectionDefinition.Name)]
[Trait("Policy", "3.1")]
public sealed class CookieConsentTests(AnalyticsPortalFactory portal)
{
    private const string GoogleTag = "https://www.googletagmanager.com/gtag/js?id=" + AnalyticsPortalFactory.MeasurementId;

    [Fact]
    public async Task Google_Analytics_loads_only_after_the_visitor_accepts_and_stops_when_they_refuse_later()
    {
        var browser = new Browserless(portal.CreateClient());

        var before = await VisitAsync(browser, "/account/register");
        Assert.DoesNotContain("googletagmanager", before.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("googletagmanager", before.Csp, StringComparison.OrdinalIgnoreCase);
        Assert.Null(before.Page.Document.QuerySelector("script[data-measurement-id]"));
        Assert.NotNull(before.Page.Document.QuerySelector(".cookie-banner"));

        // The banner's button leads back to the page the visitor was on.
        using (var accepted = await browser.SubmitAsync(before.Page, new Dictionary<string, string>(StringComparer.Ordinal) { ["choice"] = "accept" }, "/privacy/cookies"))
        {
            Assert.Equal("/account/register", accepted.Headers.Location!.OriginalString);
        }

        var after = await VisitAsync(browser, "/account/register");
        Assert.Equal(GoogleTag, after.Page.Document.QuerySelector("script[async][src^='https://www.googletagmanager.com']")?.GetAttribute("src"));
        var init = after.Page.Document.QuerySelector("script[data-measurement-id]");
        Assert.Equal(AnalyticsPortalFactory.MeasurementId, init?.GetAttribute("data-measurement-id"));
        Assert.StartsWith("/js/analytics.js", init?.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Contains("script-src 'self' https://www.googletagmanager.com", after.Csp, StringComparison.Ordinal);
        Assert.Contains("google-analytics.com", after.Csp, StringComparison.Ordinal);
        Assert.Null(after.Page.Document.QuerySelector(".cookie-banner"));
        // The strict policy stays: every script is a file, none inline.
        Assert.All(after.Page.Document.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));

        var settings = await browser.GetAsync("/privacy/cookies");
        Assert.Contains("Your choice: analytics cookies accepted.", settings.Text, StringComparison.Ordinal);
        var refused = await browser.SubmitAndFollowAsync(settings, new Dictionary<string, string>(StringComparer.Ordinal) { ["choice"] = "refuse" }, "/privacy/cookies");
        Assert.Contains("Your choice: analytics cookies refused.", refused.Text, StringComparison.Ordinal);

        var later = await VisitAsync(browser, "/");
        Assert.DoesNotContain("googletagmanager", later.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("googletagmanager", later.Csp, StringComparison.OrdinalIgnoreCase);
        Assert.Null(later.Page.Document.QuerySelector(".cookie-banner"));
    }

    [Fact]
    public async Task Refusing_is_remembered_in_a_first_party_cookie_and_hides_the_banner()
    {
        var browser = new Browserless(portal.CreateClient());
        var page = await browser.GetAsync("/");
        Assert.NotNull(page.Document.QuerySelector(".cookie-banner"));
        Assert.Equal(2, page.Document.QuerySelectorAll(".cookie-banner button[name='choice']").Length);
        Assert.NotNull(page.Document.QuerySelector("footer a[href='/privacy/cookies']"));

        using var refused = await browser.SubmitAsync(page, new Dictionary<string, string>(StringComparer.Ordinal) { ["choice"] = "refuse" }, "/privacy/cookies");
        var cookie = refused.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CookieConsent.CookieName + "=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("analytics-refused", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("expires=", cookie, StringComparison.Ordinal);

        var next = await browser.GetAsync("/account/login");
        Assert.Null(next.Document.QuerySelector(".cookie-banner"));
        Assert.DoesNotContain("googletagmanager", next.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_signed_in_customers_banner_choice_is_also_recorded_as_proof()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var profile = await browser.GetAsync("/profile");
        Assert.NotNull(profile.Document.QuerySelector(".cookie-banner"));

        using (await browser.SubmitAsync(profile, new Dictionary<string, string>(StringComparer.Ordinal) { ["choice"] = "accept" }, "/privacy/cookies"))
        {
        }

        var settings = await browser.GetAsync("/privacy/cookies");
        using (await browser.SubmitAsync(settings, new Dictionary<string, string>(StringComparer.Ordinal) { ["choice"] = "refuse" }, "/privacy/cookies"))
        {
        }

        var records = await portal.WithDbAsync(db => db.Set<ConsentRecord>()
            .Where(r => db.Users.Any(u => u.Id == r.PersonId && u.Email == email))
            .OrderBy(r => r.Id).ToListAsync());
        Assert.Equal([true, false], records.Select(r => r.Given));
        Assert.All(records, r =>
        {
            Assert.Equal(ConsentPurpose.AnalyticsCookies, r.Purpose);
            Assert.Equal(ConsentSource.CookieBanner, r.Source);
            Assert.True(r.PolicyVersion >= 1);
        });
    }

    [Fact]
    public async Task The_analytics_script_is_a_static_file()
    {
        using var response = await portal.CreateClient().GetAsync("/js/analytics.js");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-measurement-id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<(Browserless.Page Page, string Html, string Csp)> VisitAsync(Browserless browser, string url)
    {
        using var response = await browser.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        var page = await Browserless.Page.FromAsync(response);
        return (page, page.Html, csp);
    }

    [Fact]
    public async Task Refusing_later_expires_the_cookies_Google_Analytics_had_set()
    {
        // A browser that still carries Google's cookies from an earlier yes; the cookie container
        // would not let a test add cookies of another origin, so the cookies are sent by hand here.
        using var client = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            HandleCookies = false,
            AllowAutoRedirect = false,
        });
        using var settings = await client.GetAsync("/privacy/cookies");
        var antiforgeryCookie = settings.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-redit.antiforgery=", StringComparison.Ordinal)).Split(';')[0];
        var page = await Browserless.Page.FromAsync(settings);
        var token = page.Form("/privacy/cookies").QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;

        using var request = new HttpRequestMessage(HttpMethod.Post, "/privacy/cookies")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(StringComparer.Ordinal) { ["choice"] = "refuse", ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Add("Cookie", $"{antiforgeryCookie}; _ga=GA1.1.123.456; _ga_TESTID=GS1.1.789");
        using var refused = await client.SendAsync(request);

        var expired = refused.Headers.GetValues("Set-Cookie").Where(c => c.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal)).Select(c => c.Split('=')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("_ga", expired);
        Assert.Contains("_ga_TESTID", expired);
    }
}
