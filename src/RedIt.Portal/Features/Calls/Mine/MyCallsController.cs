using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Features.Accounts;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Calls.Mine;

// "My details" > Calls: a customer sees their own calls; another customer's call is not found.
[Authorize(Roles = PortalRoles.Customer)]
[Route("profile/calls")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MyCallsController(MyCalls calls, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1) =>
        View(new MyCallsView(await calls.PageAsync(PersonId, page, HttpContext.RequestAborted), Describe(calls.CallsKept), Describe(calls.RecordingsKept)));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id) =>
        await calls.FindAsync(PersonId, id, HttpContext.RequestAborted) is { } call
            ? View(new MyCallView(call, Describe(calls.RecordingsKept)))
            : NotFound();

    private Guid PersonId => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    private string Describe(RetentionPeriod? period) => period?.Describe((phrase, values) => text[phrase, values].Value) ?? "";
}
