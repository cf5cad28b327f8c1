using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;

namespace RedIt.Portal.Features.PolicyVersions;

// Clause 5: a significant change is also announced "in one of our control panels", to each
// signed-in customer until they say they have read it.
public sealed class PolicyBannerViewComponent(PolicyLibrary library, UserManager<PortalUser> users) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (User.Identity?.IsAuthenticated != true || !UserClaimsPrincipal.IsInRole(PortalRoles.Customer)
            || await users.GetUserAsync(UserClaimsPrincipal) is not { } user)
        {
            return Content("");
        }

        var unacknowledged = await library.UnacknowledgedAsync(user.Id, user.CreatedAt, HttpContext.RequestAborted);
        return unacknowledged is null
            ? Content("")
            : View("~/Features/PolicyVersions/Views/Shared/PolicyBanner.cshtml", unacknowledged);
    }
}
