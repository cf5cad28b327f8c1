using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace RedIt.Portal.Features.Accounts.Sessions;

// Ties the sign-in cookie to a session row. The cookie carries only the session's id (inside
// the encrypted ticket); whether it still lets anyone in is decided here, on every request.
internal sealed class SessionCookieEvents(SessionStore sessions, CurrentSession current) : CookieAuthenticationEvents
{
    // In the ticket's properties, which Identity keeps when it refreshes the principal (new
    // password, two-factor turned on), so a refresh continues the session instead of starting one.
    private const string SessionKey = ".redit.session";

    public override async Task SigningIn(CookieSigningInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Properties.Items.TryGetValue(SessionKey, out var existing) && Guid.TryParse(existing, out _))
        {
            return;
        }

        var principal = context.Principal ?? throw new InvalidOperationException("Signing in without a principal.");
        var userId = Guid.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var isStaff = PortalRoles.Staff.Any(principal.IsInRole);
        var session = await sessions.StartAsync(userId, isStaff, context.HttpContext.RequestAborted);
        context.Properties.Items[SessionKey] = session.Id.ToString();
        context.Properties.IsPersistent = context.Properties.IsPersistent && !isStaff;
        context.Properties.ExpiresUtc = new DateTimeOffset(session.ExpiresAt, TimeSpan.Zero);
        current.Session = session;
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = context.Properties.Items.TryGetValue(SessionKey, out var value)
            && Guid.TryParse(value, out var sessionId)
            && Guid.TryParse(context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
                ? await sessions.ValidateAsync(sessionId, userId, context.HttpContext.RequestAborted)
                : null;
        if (session is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        current.Session = session;
        // What Identity does by default: a changed security stamp (erasure, lock) also ends it.
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (current.Session is { } session)
        {
            await sessions.EndAsync(session.Id, SessionEnd.SignedOut, context.HttpContext.RequestAborted);
            current.Session = null;
        }
    }
}
