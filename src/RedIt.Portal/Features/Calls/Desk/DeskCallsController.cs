using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using RedIt.Portal.Features.Accounts;

namespace RedIt.Portal.Features.Calls.Desk;

// Support answers the phone, so Support (and Admin) see the calls and play recordings; Sales
// and Finance work from tickets and have no reason to hear a customer's call (2.1).
[Authorize(Roles = PortalRoles.Support + "," + PortalRoles.Admin)]
[Route("desk/calls")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class DeskCallsController(CallLog log) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? customer, string? phone, DateOnly? from, DateOnly? to, int page = 1)
    {
        var filter = new CallFilter(customer, phone, from, to, page);
        return View(new CallLogView(filter, await log.PageAsync(filter, HttpContext.RequestAborted)));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id) =>
        await log.DetailsAsync(id, HttpContext.RequestAborted) is { } call ? View(call) : NotFound();

    // Streamed with range requests so the player can seek; never cached by the browser or a proxy.
    [HttpGet("{id:guid}/recording")]
    public async Task<IActionResult> Recording(Guid id)
    {
        var range = Request.GetTypedHeaders().Range;
        var play = range is null || range.Ranges.FirstOrDefault()?.From is null or 0;
        var recording = await log.RecordingAsync(id, play, HttpContext.RequestAborted);
        if (recording is not { } audio)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return File(new MemoryStream(audio.Content, writable: false), audio.ContentType, enableRangeProcessing: true);
    }
}
