using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Colocation.Staff;

// Support (and Admin) decide on datacenter visits: customer service handles access to the
// datacenter (2.5). The other staff roles have no need to see who visits.
[Authorize(Roles = PortalRoles.Support + "," + PortalRoles.Admin)]
[Route("staff/visits")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class StaffVisitsController(VisitDesk desk, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? status, int page = 1)
    {
        var filter = new StaffVisitFilter(q, status, page);
        return View(new StaffVisitsView(filter, await desk.SearchAsync(filter, HttpContext.RequestAborted)));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id) =>
        await desk.ShowAsync(id, HttpContext.RequestAborted) is { } visit ? View(visit) : NotFound();

    [HttpPost("{id:guid}/approve")]
    public async Task<IActionResult> Approve(Guid id)
    {
        if (await desk.FindAsync(id, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        this.Notify(await desk.ApproveAsync(id, Me(), HttpContext.RequestAborted)
            ? "The visit is approved. The customer gets a mail, and the visitors' names go to the datacenter provider."
            : "Only a visit that waits for approval and has not started can be decided.");
        return Redirect("/staff/visits/" + id);
    }

    [HttpPost("{id:guid}/decline")]
    public async Task<IActionResult> Decline(Guid id, [Bind(Prefix = nameof(StaffVisitView.Decline))] DeclineInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await desk.FindAsync(id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(input.Reason) && ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(StaffVisitView.Decline) + "." + nameof(DeclineInput.Reason), text["Please give the reason: it is sent to the customer."]);
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Show), view with { Decline = input });
        }

        this.Notify(await desk.DeclineAsync(id, Me(), input.Reason!, HttpContext.RequestAborted)
            ? "The visit is declined. The customer gets a mail with your reason; nothing goes to the datacenter provider."
            : "Only a visit that waits for approval and has not started can be decided.");
        return Redirect("/staff/visits/" + id);
    }

    // Shown only when sending failed; a visit that did not fail is left as it is, with a notice.
    [HttpPost("{id:guid}/send-again")]
    public async Task<IActionResult> SendAgain(Guid id)
    {
        if (await desk.FindAsync(id, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        this.Notify(await desk.SendAgainAsync(id, HttpContext.RequestAborted)
            ? "The visit goes to the datacenter provider again."
            : "Only a visit that could not be sent to the datacenter provider, and has not started, can be sent again.");
        return Redirect("/staff/visits/" + id);
    }

    private Guid Me() => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
