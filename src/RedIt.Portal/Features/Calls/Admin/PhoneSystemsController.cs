using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Calls.Admin;

// Admin connects and disconnects phone systems: a key reads customers' names by their number,
// so only Admin hands one out, and every key made or revoked is in the audit log.
[Authorize(Roles = PortalRoles.Admin)]
[Route("admin/phone-systems")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PhoneSystemsController(PhoneSystems systems) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1) => View(await systems.PageAsync(page, HttpContext.RequestAborted));

    [HttpGet("new")]
    public IActionResult Create() => View(new PhoneSystemInput());

    // The key is on this answer only, never in a redirect or TempData: reloading cannot show it again.
    [HttpPost("new")]
    public async Task<IActionResult> Create(PhoneSystemInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var (system, key) = await systems.CreateAsync(input.Name!, cancellationToken: HttpContext.RequestAborted);
        return View("Created", new PhoneSystemCreatedView(system, key));
    }

    [HttpGet("{id:guid}/revoke")]
    public async Task<IActionResult> Revoke(Guid id) =>
        await systems.FindAsync(id, HttpContext.RequestAborted) is { } system ? View(system) : NotFound();

    [HttpPost("{id:guid}/revoke")]
    [ActionName(nameof(Revoke))]
    public async Task<IActionResult> RevokeConfirmed(Guid id)
    {
        var system = await systems.FindAsync(id, HttpContext.RequestAborted);
        if (system is null)
        {
            return NotFound();
        }

        await systems.RevokeAsync(system, HttpContext.RequestAborted);
        this.Notify("The phone system's key is revoked.");
        return RedirectToAction(nameof(Index));
    }
}
