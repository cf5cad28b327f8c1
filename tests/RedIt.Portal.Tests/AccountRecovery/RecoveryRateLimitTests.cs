using System.Net;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.AccountRecovery;

// Clause 2.1: the public form sends mail to addresses someone typed, so it is limited per client
// like the sign-in and password forms; so is the confirmation, which takes a guessable-looking token.
[Trait("Policy", "2.1")]
public sealed class RecoveryRateLimitTests : IDisposable
{
    private readonly PortalFactory _portal = new PortalFactory().With("Security:CredentialPermitsPerMinute", "3");

    [Theory]
    [InlineData("/account/recovery")]
    [InlineData("/account/recovery/confirm?token=nothing")]
    public async Task The_recovery_forms_answer_429_after_the_limit(string path)
    {
        var browser = new Browserless(_portal.CreateClient());
        var page = await browser.GetAsync(path);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await browser.SubmitWithFilesAsync(page, new Dictionary<string, string>(StringComparer.Ordinal) { ["Account"] = "x", ["confirm"] = "true" }, []);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(3), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        using var stillReadable = await browser.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, stillReadable.StatusCode);
    }

    public void Dispose() => _portal.Dispose();
}
