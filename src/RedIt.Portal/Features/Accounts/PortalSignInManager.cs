using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Accounts;

// Identity as it is, except that a staff member's device is never "remembered": staff see
// everyone's data, so every sign-in of theirs asks for the second factor (ASVS 2.8).
public sealed class PortalSignInManager(
    UserManager<PortalUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation)
    : SignInManager<PortalUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> IsTwoFactorClientRememberedAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if ((await UserManager.GetRolesAsync(user)).Any(PortalRoles.Staff.Contains))
        {
            return false;
        }

        return await base.IsTwoFactorClientRememberedAsync(user);
    }
}
