using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Support.CannedReplies;

// Support and Admin keep the standard replies: they answer most tickets and know what is said.
// Sales and Finance pick them on the desk's ticket page like everyone there, but do not change
// them, so a reply other teams rely on does not change under their hands.
[Authorize(Roles = PortalRoles.Support + "," + PortalRoles.Admin)]
[Route("desk/canned-replies")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CannedRepliesController(CannedReplyLibrary library, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? culture, int page = 1) =>
        View(await library.PageAsync(new CannedReplyFilter(q, culture, page), HttpContext.RequestAborted));

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", new CannedReplyForm(null, new CannedReplyInput { Culture = "nl" }));

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = nameof(CannedReplyForm.Input))] CannedReplyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await SavedAsync(null, input))
        {
            return View("Edit", new CannedReplyForm(null, input));
        }

        this.Notify("The standard reply is added.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id) =>
        await library.FindAsync(id, HttpContext.RequestAborted) is { } reply
            ? View(new CannedReplyForm(id, CannedReplyInput.From(reply)))
            : NotFound();

    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = nameof(CannedReplyForm.Input))] CannedReplyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reply = await library.FindAsync(id, HttpContext.RequestAborted);
        if (reply is null)
        {
            return NotFound();
        }

        if (!await SavedAsync(reply, input))
        {
            return View(new CannedReplyForm(id, input));
        }

        this.Notify("The standard reply is saved.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:guid}/delete")]
    public async Task<IActionResult> Delete(Guid id) =>
        await library.FindAsync(id, HttpContext.RequestAborted) is { } reply ? View(reply) : NotFound();

    // A reply deleted already (the form sent twice, or by a colleague) ends the same way: it is gone.
    [HttpPost("{id:guid}/delete")]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(Guid id)
    {
        if (await library.FindAsync(id, HttpContext.RequestAborted) is { } reply)
        {
            await library.DeleteAsync(reply, HttpContext.RequestAborted);
        }

        this.Notify("The standard reply is deleted.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<bool> SavedAsync(CannedReply? existing, CannedReplyInput input)
    {
        if (!ModelState.IsValid)
        {
            return false;
        }

        if (await library.SaveAsync(existing, input, HttpContext.RequestAborted))
        {
            return true;
        }

        ModelState.AddModelError(
            $"{nameof(CannedReplyForm.Input)}.{nameof(CannedReplyInput.Title)}",
            text["There is already a standard reply with this title in this language. Choose another title."]);
        return false;
    }
}
