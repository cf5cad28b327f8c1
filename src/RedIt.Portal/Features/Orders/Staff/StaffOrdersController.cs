using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Orders.Staff;

// Every staff role follows the orders (Support for questions, Sales for its customers, Finance for
// payments); only Finance and Admin mark one paid.
[Authorize(Roles = PortalRoles.AnyStaff)]
[Route("staff/orders")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class StaffOrdersController(OrderDesk desk) : Controller
{
    private const string Payers = PortalRoles.Finance + "," + PortalRoles.Admin;

    // Who fixes a delivery: Support talks to the suppliers, Admin runs the platforms.
    private const string Deliverers = PortalRoles.Support + "," + PortalRoles.Admin;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? status, int page = 1)
    {
        var filter = new StaffOrderFilter(q, status, page);
        return View(new StaffOrdersView(filter, await desk.SearchAsync(filter, HttpContext.RequestAborted)));
    }

    [HttpGet("{number}")]
    public async Task<IActionResult> Show(string number) =>
        await desk.FindAsync(number, HttpContext.RequestAborted) is { } order ? View(order) : NotFound();

    [HttpGet("{number}/mark-paid")]
    [Authorize(Roles = Payers)]
    public async Task<IActionResult> MarkPaid(string number) =>
        await desk.FindAsync(number, HttpContext.RequestAborted) is { } order ? View(order) : NotFound();

    [HttpPost("{number}/mark-paid")]
    [Authorize(Roles = Payers)]
    public async Task<IActionResult> ConfirmMarkPaid(string number)
    {
        if (await desk.FindAsync(number, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        var staffId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        this.Notify(await desk.MarkPaidAsync(number, staffId, HttpContext.RequestAborted)
            ? "The order is marked paid."
            : "Only an order that waits for payment can be marked paid.");
        return Redirect("/staff/orders/" + Uri.EscapeDataString(number));
    }

    [HttpPost("{number}/steps/{id:guid}/retry")]
    [Authorize(Roles = Deliverers)]
    public async Task<IActionResult> RetryStep(string number, Guid id)
    {
        if (await desk.FindAsync(number, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        this.Notify(await desk.RetryStepAsync(number, id, HttpContext.RequestAborted)
            ? "The step will be tried again in a moment."
            : "Only a step that stopped can be tried again.");
        return Redirect("/staff/orders/" + Uri.EscapeDataString(number));
    }
}
