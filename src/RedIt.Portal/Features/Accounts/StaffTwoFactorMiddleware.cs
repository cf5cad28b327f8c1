using Microsoft.Extensions.Options;
using RedIt.Portal.Infrastructure.Security;

namespace RedIt.Portal.Features.Accounts;

// A staff member without two-factor gets one page only: the one that sets it up.
internal sealed class StaffTwoFactorMiddleware(RequestDelegate next, IOptions<SecurityOptions> security)
{
    private static readonly string[] AllowedPaths = ["/profile/two-factor", "/account/confirm-password", "/account/logout", "/css", "/js", "/error", "/health"];

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (security.Value.RequireStaffTwoFactor
            && user.Identity?.IsAuthenticated == true
            && PortalRoles.Staff.Any(user.IsInRole)
            && user.FindFirst(PortalClaimsPrincipalFactory.TwoFactorClaim)?.Value != "on"
            && !AllowedPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect("/profile/two-factor?required=true");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
