using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Domains.NameServers;

// "My services" > a domain > Name servers: only the customer's own active domains.
[Authorize(Roles = PortalRoles.Customer)]
[Route("profile/services/{id:guid}/name-servers")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class NameServersController(NameServerChange change) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(Guid id) =>
        await change.FormAsync(Me(), id, HttpContext.RequestAborted) is { } form ? View(form) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Change(Guid id, [Bind(Prefix = "Input")] NameServerInput input)
    {
        if (await change.FormAsync(Me(), id, HttpContext.RequestAborted) is not { } form)
        {
            return NotFound();
        }

        if (ModelState.IsValid && await change.ChangeAsync(Me(), id, input, ModelState, HttpContext.RequestAborted))
        {
            this.Notify("The name servers are changed. The change can take up to a day to reach everyone on the internet.");
            return Redirect("/profile/services/" + id);
        }

        return View(nameof(Edit), form with { Input = input });
    }

    private Guid Me() => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
