using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Billing.Collection;

// Finance (and Admin) hand unpaid invoices to DAS Incasso (2.4); no other role has a reason to.
[Authorize(Roles = PortalRoles.Finance + "," + PortalRoles.Admin)]
[Route("staff/collection")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CollectionController(CollectionDesk desk) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1) =>
        View(new CollectionView(await desk.ReadyAsync(page, HttpContext.RequestAborted)));

    [HttpGet("{customerNumber:int}/preview")]
    public async Task<IActionResult> Preview(int customerNumber) =>
        await desk.PreviewAsync(customerNumber, HttpContext.RequestAborted) is { } preview ? View(preview) : NotFound();

    // The form names the invoices the preview showed; anything else than exactly those hands over nothing.
    [HttpPost("{customerNumber:int}/hand-over")]
    public async Task<IActionResult> HandOver(int customerNumber, [FromForm(Name = "invoice")] string[]? invoices)
    {
        var staffId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var result = await desk.HandOverAsync(customerNumber, invoices ?? [], staffId, HttpContext.RequestAborted);
        var preview = "/staff/collection/" + customerNumber.ToString(CultureInfo.InvariantCulture) + "/preview";
        switch (result.Outcome)
        {
            case HandOverOutcome.HandedOver:
                this.Notify("The claim is handed over to DAS Incasso.");
                return Redirect("/staff/collection/claims/" + result.ClaimId);
            case HandOverOutcome.AlreadyHandedOver:
                this.Notify("These invoices were just handed over by someone else: nothing was sent again.");
                return Redirect("/staff/collection/claims");
            case HandOverOutcome.Unavailable:
                this.Notify("DAS Incasso could not be reached or did not answer: nothing was handed over. Try again later.");
                return Redirect(preview);
            case HandOverOutcome.Refused:
                this.Notify("DAS Incasso refused the claim: nothing was handed over. Ask DAS Incasso why before you try again.");
                return Redirect(preview);
            default:
                this.Notify("The invoices ready for collection changed since the page was shown: check what will be sent and confirm again.");
                return Redirect(await desk.FindAsync(customerNumber, HttpContext.RequestAborted) is null ? "/staff/collection" : preview);
        }
    }
}
