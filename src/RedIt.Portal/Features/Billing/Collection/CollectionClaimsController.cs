using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Billing.Collection;

// The claims with DAS Incasso, for Finance (and Admin): where each stands, exactly what was sent,
// and marking one paid to DAS Incasso or withdrawn after a confirmation.
[Authorize(Roles = PortalRoles.Finance + "," + PortalRoles.Admin)]
[Route("staff/collection/claims")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CollectionClaimsController(ClaimDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1) =>
        View(new ClaimsView(await desk.PageAsync(page, HttpContext.RequestAborted)));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id) =>
        await desk.ShowAsync(id, HttpContext.RequestAborted) is { } claim ? View(claim) : NotFound();

    // The request body byte for byte as it went to DAS Incasso.
    [HttpGet("{id:guid}/sent.json")]
    public async Task<IActionResult> Sent(Guid id) =>
        await desk.ShowAsync(id, HttpContext.RequestAborted) is { } claim && await desk.PayloadAsync(id, HttpContext.RequestAborted) is { } payload
            ? File(Encoding.UTF8.GetBytes(payload), "application/json", claim.Claim.Reference + ".json")
            : NotFound();

    [HttpGet("{id:guid}/paid")]
    public Task<IActionResult> Paid(Guid id) => ConfirmAsync(id, ClaimChange.PaidToCollector);

    [HttpPost("{id:guid}/paid")]
    public Task<IActionResult> ConfirmPaid(Guid id) => ChangeAsync(id, ClaimChange.PaidToCollector);

    [HttpGet("{id:guid}/withdraw")]
    public Task<IActionResult> Withdraw(Guid id) => ConfirmAsync(id, ClaimChange.Withdrawn);

    [HttpPost("{id:guid}/withdraw")]
    public Task<IActionResult> ConfirmWithdraw(Guid id) => ChangeAsync(id, ClaimChange.Withdrawn);

    private async Task<IActionResult> ConfirmAsync(Guid id, ClaimChange change) =>
        await desk.FindAsync(id, HttpContext.RequestAborted) is { } claim ? View("Change", new ClaimChangeView(claim, change)) : NotFound();

    private async Task<IActionResult> ChangeAsync(Guid id, ClaimChange change)
    {
        if (await desk.FindAsync(id, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        var staffId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        this.Notify(await desk.ChangeAsync(id, change, staffId, HttpContext.RequestAborted)
            ? change == ClaimChange.PaidToCollector ? "The claim is marked paid to DAS Incasso." : "The claim is marked withdrawn from DAS Incasso."
            : "Only a claim that is with DAS Incasso can be marked paid or withdrawn.");
        return Redirect("/staff/collection/claims/" + id);
    }
}
