using System.Net;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Security;

[Trait("Policy", "4")]
public sealed class RateLimitTests : IDisposable
{
    private readonly PortalFactory _portal = new PortalFactory().With("Security:CredentialPermitsPerMinute", "3");

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    [InlineData("/account/forgot-password")]
    public async Task Credential_forms_answer_429_after_the_limit(string path)
    {
        var browser = new Browserless(_portal.CreateClient());
        var page = await browser.GetAsync(path);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await browser.SubmitAsync(page, new Dictionary<string, string>(StringComparer.Ordinal) { ["Email"] = "x" });
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(3), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        var refused = await Browserless.Page.FromAsync(await browser.SubmitAsync(page, new Dictionary<string, string>(StringComparer.Ordinal) { ["Email"] = "x" }));
        Assert.Equal("Too many attempts", refused.Heading);
        using var stillReadable = await browser.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, stillReadable.StatusCode);
    }

    public void Dispose() => _portal.Dispose();
}
