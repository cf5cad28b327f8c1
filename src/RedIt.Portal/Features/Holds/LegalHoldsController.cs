using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Holds;

// Support answers disputes and Admin answers authorities, so they place and lift holds; other
// staff see neither the list nor the panel on a record.
[Authorize(Roles = PortalRoles.Support + "," + PortalRoles.Admin)]
[Route("staff/holds")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class LegalHoldsController(LegalHoldDesk desk, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? state, string? entity, string? q, int page = 1) =>
        View(await desk.PageAsync(new LegalHoldFilter(state, entity, q, page), HttpContext.RequestAborted));

    [HttpGet("record")]
    public async Task<IActionResult> Record(string? entity, string? key, string? returnUrl) =>
        await desk.RecordPageAsync(entity, key, null, LocalOrNull(returnUrl), HttpContext.RequestAborted) is { } page
            ? View(page)
            : NotFound();

    [HttpPost("record")]
    public async Task<IActionResult> Place(string? entity, string? key, string? returnUrl, [Bind(Prefix = "Input")] LegalHoldInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var record = await desk.FindRecordAsync(entity, key, HttpContext.RequestAborted);
        if (record is null)
        {
            return NotFound();
        }

        if (input.Until is { } until && !LegalHoldDesk.IsInFuture(until, desk.Now))
        {
            ModelState.AddModelError($"Input.{nameof(LegalHoldInput.Until)}", text["The end of a hold must be a date after today; leave it empty for a hold until it is lifted."]);
        }

        returnUrl = LocalOrNull(returnUrl);
        if (!ModelState.IsValid)
        {
            var page = await desk.RecordPageAsync(entity, key, input, returnUrl, HttpContext.RequestAborted);
            return View(nameof(Record), page);
        }

        await desk.PlaceAsync(record, input, UserId(), HttpContext.RequestAborted);
        this.Notify("The legal hold is placed: the record is kept until the hold is lifted or ends.");
        return returnUrl is null
            ? RedirectToAction(nameof(Record), new { entity = record.Entry.Key, key = record.RowKey })
            : LocalRedirect(returnUrl);
    }

    [HttpGet("{id:guid}/lift")]
    public async Task<IActionResult> Lift(Guid id, string? returnUrl) =>
        await desk.FindAsync(id, HttpContext.RequestAborted) is { } hold
            ? View(new LegalHoldLiftPage(hold, LocalOrNull(returnUrl)))
            : NotFound();

    // A hold that ended already (a colleague lifted it, or its date passed) ends the same way.
    [HttpPost("{id:guid}/lift")]
    [ActionName(nameof(Lift))]
    public async Task<IActionResult> LiftConfirmed(Guid id, string? returnUrl)
    {
        var hold = await desk.FindAsync(id, HttpContext.RequestAborted);
        if (hold is null)
        {
            return NotFound();
        }

        await desk.LiftAsync(id, UserId(), HttpContext.RequestAborted);
        this.Notify("The legal hold is lifted: the record follows its retention period again.");
        return LocalOrNull(returnUrl) is { } back
            ? LocalRedirect(back)
            : RedirectToAction(nameof(Record), new { entity = hold.Entity, key = hold.RowKey });
    }

    private string? LocalOrNull(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : null;

    private Guid UserId() => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
