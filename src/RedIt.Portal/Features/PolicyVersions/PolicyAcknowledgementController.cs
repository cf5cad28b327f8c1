using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;

namespace RedIt.Portal.Features.PolicyVersions;

// The "I have read it" button of the policy banner.
[Authorize]
[Route("privacy/acknowledge")]
public sealed class PolicyAcknowledgementController(PolicyLibrary library, UserManager<PortalUser> users) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Acknowledge(int version, string? returnUrl)
    {
        await library.AcknowledgeAsync(Guid.Parse(users.GetUserId(User)!), version, HttpContext.RequestAborted);
        return LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/profile");
    }
}
