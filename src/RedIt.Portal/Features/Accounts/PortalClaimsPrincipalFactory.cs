using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Accounts;

// Puts what every request needs in the cookie, so that no request has to load the user for it.
internal sealed class PortalClaimsPrincipalFactory(
    UserManager<PortalUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string TwoFactorClaim = "redit:two-factor";
    public const string FirstNameClaim = ClaimTypes.GivenName;

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(TwoFactorClaim, user.TwoFactorEnabled ? "on" : "off"));
        identity.AddClaim(new Claim(FirstNameClaim, user.FirstName));
        return identity;
    }
}
