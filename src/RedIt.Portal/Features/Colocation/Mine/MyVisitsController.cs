using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Colocation.Mine;

// "My services" > a colocation service > Datacenter visits (2.5): the customer asks for a visit,
// Support approves it, and only then do the visitors' names go to the datacenter provider. A
// service that is not the customer's own colocation service answers 404, as one that does not exist.
[Authorize(Roles = PortalRoles.Customer)]
[Route("profile/services/{id:guid}/visits")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MyVisitsController(MyVisits visits, VisitRequestCheck check) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, int page = 1) =>
        await visits.PageAsync(Me(), id, page, HttpContext.RequestAborted) is { } view ? View(view) : NotFound();

    [HttpGet("new")]
    public async Task<IActionResult> New(Guid id) =>
        await visits.ServiceAsync(Me(), id, HttpContext.RequestAborted) is { } service ? View(visits.NewForm(service)) : NotFound();

    // "Add a visitor" posts the form here with add=true (its button's formaction): one more empty row,
    // everything typed kept, nothing checked yet.
    [HttpPost("new")]
    public async Task<IActionResult> Create(Guid id, [Bind(Prefix = VisitRequestCheck.Prefix)] VisitRequestInput input, [FromQuery] bool add = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await visits.ServiceAsync(Me(), id, HttpContext.RequestAborted) is not { } service)
        {
            return NotFound();
        }

        if (add)
        {
            ModelState.Clear();
            if (input.Visitors.Count < VisitRules.MaxVisitors)
            {
                input.Visitors.Add(new VisitorInput());
            }

            return View(nameof(New), new VisitRequestForm(service, input));
        }

        if (check.Check(input, ModelState) is not { } visit)
        {
            while (input.Visitors.Count < 1)
            {
                input.Visitors.Add(new VisitorInput());
            }

            return View(nameof(New), new VisitRequestForm(service, input));
        }

        await visits.RequestAsync(service, visit, HttpContext.RequestAborted);
        this.Notify("Your visit is requested. Customer service lets you know by e-mail whether it is approved.");
        return Redirect($"/profile/services/{id}/visits");
    }

    [HttpPost("{visit:guid}/cancel")]
    public async Task<IActionResult> Cancel(Guid id, Guid visit)
    {
        if (!await visits.ExistsAsync(Me(), id, visit, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        this.Notify(await visits.CancelAsync(Me(), id, visit, HttpContext.RequestAborted)
            ? "The visit is cancelled."
            : "Only a visit that has not started and was not declined can be cancelled.");
        return Redirect($"/profile/services/{id}/visits");
    }

    private Guid Me() => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
