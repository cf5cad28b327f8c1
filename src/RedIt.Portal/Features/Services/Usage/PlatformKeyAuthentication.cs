using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Services.Usage;

// Signs the hosting platform in by the one key in configuration ("Authorization: Bearer <key>"),
// for the usage endpoint only: its policy names this scheme alone, so a browser's cookie never
// opens it, and the key opens nothing else.
internal sealed class PlatformKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<PlatformUsageOptions> platform) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PlatformKey";
    public const string PolicyName = "HostingPlatform";
    public const string PlatformClaim = "redit:platform";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var authorization = Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var configured = platform.CurrentValue.UsageApiKey;
        if (string.IsNullOrWhiteSpace(configured))
        {
            return Task.FromResult(AuthenticateResult.Fail("The usage endpoint is off: no Platform:UsageApiKey is configured."));
        }

        if (!SameKey(authorization["Bearer ".Length..].Trim(), configured.Trim()))
        {
            return Task.FromResult(AuthenticateResult.Fail("Wrong platform key."));
        }

        var identity = new ClaimsIdentity([new Claim(PlatformClaim, "hosting"), new Claim(ClaimTypes.Name, "Hosting platform")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    // Hashed first, so the comparison takes as long whatever the length or the first wrong
    // character of what was sent.
    private static bool SameKey(string sent, string configured) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));

    // A platform reads status codes, not sign-in pages: 401 with a problem body.
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Response.WriteAsJsonAsync(
            new ProblemDetails { Status = 401, Title = "The platform key is required (Authorization: Bearer <key>)." },
            options: null,
            contentType: "application/problem+json",
            cancellationToken: Context.RequestAborted);
    }
}
