using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Incidents.Desk;

// Support and Admin tell customers about outages; the status page shows what they publish.
[Authorize(Roles = PortalRoles.Support + "," + PortalRoles.Admin)]
[Route("staff/incidents")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IncidentsController(IncidentDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1) =>
        View(new IncidentsView(await desk.PageAsync(page, HttpContext.RequestAborted)));

    [HttpGet("new")]
    public async Task<IActionResult> Create() =>
        View(new IncidentForm(new IncidentInput(), await desk.ProductChoicesAsync(HttpContext.RequestAborted)));

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = nameof(IncidentForm.Input))] IncidentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (ModelState.IsValid && await desk.CreateAsync(input, ModelState, HttpContext.RequestAborted) is { } incident)
        {
            this.Notify("The notice is saved as a draft. Check whom it reaches, then publish it.");
            return RedirectToAction(nameof(Show), new { id = incident.Id });
        }

        return View(new IncidentForm(input, await desk.ProductChoicesAsync(HttpContext.RequestAborted)));
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id) =>
        await desk.FindAsync(id, HttpContext.RequestAborted) is { } details ? View(details) : NotFound();

    [HttpGet("{id:guid}/publish")]
    public async Task<IActionResult> Publish(Guid id) =>
        await desk.FindAsync(id, HttpContext.RequestAborted) is { } details ? View(details) : NotFound();

    [HttpPost("{id:guid}/publish")]
    public async Task<IActionResult> ConfirmPublish(Guid id)
    {
        if (await desk.FindAsync(id, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        await desk.PublishAsync(id, HttpContext.RequestAborted);
        this.Notify("The notice is on the status page, and mailed to the customers it affects.");
        return RedirectToAction(nameof(Show), new { id });
    }

    [HttpPost("{id:guid}/resolve")]
    public async Task<IActionResult> Resolve(Guid id)
    {
        if (await desk.FindAsync(id, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        this.Notify(await desk.ResolveAsync(id, HttpContext.RequestAborted)
            ? "The outage is marked resolved on the status page."
            : "Only a published outage that is not resolved yet can be resolved.");
        return RedirectToAction(nameof(Show), new { id });
    }
}
