using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;

namespace RedIt.Portal.Features.Services.Mine;

// "My details" > Services: everything the customer has from us.
[Authorize(Roles = PortalRoles.Customer)]
[Route("profile/services")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MyServicesController(MyServices services) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1) =>
        View(new MyServicesView(q, await services.PageAsync(Me(), q, page, HttpContext.RequestAborted)));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id) =>
        await services.FindAsync(Me(), id, HttpContext.RequestAborted) is { } service ? View(service) : NotFound();

    private Guid Me() => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
