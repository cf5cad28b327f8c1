using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.Calls;

// Signs a PBX in by its API key for the two phone endpoints only: their policy names this scheme,
// every other route authenticates with the portal's cookie and never looks at the key.
internal sealed class PhoneSystemAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PortalDbContext db,
    TimeProvider clock) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PhoneSystemKey";
    public const string PolicyName = "PhoneSystem";
    public const string PhoneSystemIdClaim = "redit:phone_system";

    // LastUsedAt says whether a key is still in use; to the minute is enough, and saves a write per call.
    private static readonly TimeSpan UsedAtResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = PhoneSystemKeys.From(Request);
        if (key is null)
        {
            return AuthenticateResult.NoResult();
        }

        var hash = PhoneSystemKeys.Hash(key);
        var system = await db.Set<PhoneSystem>().AsNoTracking()
            .Where(s => s.KeyHash == hash)
            .Select(s => new { s.Id, s.Name, s.RevokedAt, s.LastUsedAt })
            .SingleOrDefaultAsync(Context.RequestAborted);
        if (system is null || system.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (system.LastUsedAt is not { } used || now - used >= UsedAtResolution)
        {
            await db.Set<PhoneSystem>().Where(s => s.Id == system.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastUsedAt, now), Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(
            [new Claim(PhoneSystemIdClaim, system.Id.ToString()), new Claim(ClaimTypes.Name, system.Name)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    // A PBX reads status codes, not sign-in pages: 401 with a problem body.
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await Response.WriteAsJsonAsync(
            new ProblemDetails { Status = 401, Title = "A valid API key is required (Authorization: Bearer <key> or X-Api-Key)." },
            options: null,
            contentType: "application/problem+json",
            cancellationToken: Context.RequestAborted);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Response.WriteAsJsonAsync(
            new ProblemDetails { Status = 403, Title = "This key may not do this." },
            options: null,
            contentType: "application/problem+json",
            cancellationToken: Context.RequestAborted);
    }
}

public static class PhoneSystemPrincipal
{
    public static Guid? PhoneSystemId(this ClaimsPrincipal user) =>
        Guid.TryParse(user?.FindFirstValue(PhoneSystemAuthentication.PhoneSystemIdClaim), out var id) ? id : null;
}
