using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;

namespace RedIt.Portal.Features.Orders.Mine;

// "My details" > Orders: what the customer ordered and where each order stands.
[Authorize(Roles = PortalRoles.Customer)]
[Route("profile/orders")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MyOrdersController(MyOrders orders) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1) =>
        View(await orders.PageAsync(Me(), page, HttpContext.RequestAborted));

    [HttpGet("{number}")]
    public async Task<IActionResult> Show(string number) =>
        await orders.FindAsync(Me(), number, HttpContext.RequestAborted) is { } order ? View(order) : NotFound();

    private Guid Me() => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
