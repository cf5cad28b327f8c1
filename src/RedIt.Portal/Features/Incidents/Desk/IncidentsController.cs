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
    private const string NotOpen = "Only a published outage that is not resolved yet can be updated or resolved.";
    private const string AlreadyPosted = "This update was posted already; it is not posted or mailed again.";

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
        await desk.FindAsync(id, HttpContext.RequestAborted) is { } details
            ? View(new IncidentPage(details, IncidentUpdateInput.New(mail: false), IncidentUpdateInput.New(mail: true)))
            : NotFound();

    // A published notice is not edited: it answers with a notice on its page, pointing to updates.
    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id)
    {
        if (await desk.DraftInputAsync(id, HttpContext.RequestAborted) is { } input)
        {
            return View(new IncidentForm(input, await desk.ProductChoicesAsync(HttpContext.RequestAborted), id));
        }

        return await Published(id);
    }

    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, [Bind(Prefix = nameof(IncidentForm.Input))] IncidentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await desk.DraftInputAsync(id, HttpContext.RequestAborted) is null)
        {
            return await Published(id);
        }

        var result = ModelState.IsValid ? await desk.EditAsync(id, input, ModelState, HttpContext.RequestAborted) : EditResult.Invalid;
        if (result == EditResult.Invalid)
        {
            return View(new IncidentForm(input, await desk.ProductChoicesAsync(HttpContext.RequestAborted), id));
        }

        this.Notify(result == EditResult.Edited
            ? "The draft is saved. Check whom it reaches, then publish it."
            : "A published notice can no longer be changed: post an update instead.");
        return RedirectToAction(nameof(Show), new { id });
    }

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

    [HttpPost("{id:guid}/updates")]
    public Task<IActionResult> PostUpdate(Guid id, [Bind(Prefix = nameof(IncidentPage.Update))] IncidentUpdateInput input) =>
        PostAsync(id, input, resolve: false);

    // Resolving is an update with the closing text.
    [HttpPost("{id:guid}/resolve")]
    public Task<IActionResult> Resolve(Guid id, [Bind(Prefix = nameof(IncidentPage.Closing))] IncidentUpdateInput input) =>
        PostAsync(id, input, resolve: true);

    private async Task<IActionResult> PostAsync(Guid id, IncidentUpdateInput input, bool resolve)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await desk.FindAsync(id, HttpContext.RequestAborted) is not { } details)
        {
            return NotFound();
        }

        if (!details.IsOpen)
        {
            // The second of two clicks on resolve finds it resolved, by its own update.
            this.Notify(details.Updates.Any(u => u.Id == input.Key) ? AlreadyPosted : NotOpen);
            return RedirectToAction(nameof(Show), new { id });
        }

        var prefix = resolve ? nameof(IncidentPage.Closing) : nameof(IncidentPage.Update);
        var result = ModelState.IsValid ? await desk.PostUpdateAsync(id, input, resolve, prefix, ModelState, HttpContext.RequestAborted) : UpdateResult.Invalid;
        if (result == UpdateResult.Invalid)
        {
            return View(nameof(Show), resolve
                ? new IncidentPage(details, IncidentUpdateInput.New(mail: false), input)
                : new IncidentPage(details, input, IncidentUpdateInput.New(mail: true)));
        }

        this.Notify(result switch
        {
            UpdateResult.Posted when resolve && input.Mail => "The outage is marked resolved on the status page, and the customers told about it get the closing text.",
            UpdateResult.Posted when resolve => "The outage is marked resolved on the status page.",
            UpdateResult.Posted when input.Mail => "The update is on the status page, and mailed to the customers told about the outage.",
            UpdateResult.Posted => "The update is on the status page.",
            UpdateResult.AlreadyPosted => AlreadyPosted,
            _ => NotOpen,
        });
        return RedirectToAction(nameof(Show), new { id });
    }

    private async Task<IActionResult> Published(Guid id)
    {
        if (await desk.FindAsync(id, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        this.Notify("A published notice can no longer be changed: post an update instead.");
        return RedirectToAction(nameof(Show), new { id });
    }
}
