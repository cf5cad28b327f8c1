using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Domains.Transfer;

// "My services" > a transfer that was refused > a new auth code: only the customer's own.
[Authorize(Roles = PortalRoles.Customer)]
[Route("profile/services/{id:guid}/transfer-code")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class TransferCodeController(DomainTransferRetry retry) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(Guid id) =>
        await retry.FormAsync(Me(), id, HttpContext.RequestAborted) is { } form ? View(form) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Submit(Guid id, [Bind(Prefix = "Input")] TransferCodeInput input)
    {
        if (await retry.FormAsync(Me(), id, HttpContext.RequestAborted) is not { } form)
        {
            return NotFound();
        }

        if (ModelState.IsValid && await retry.SubmitAsync(Me(), id, input, ModelState, HttpContext.RequestAborted))
        {
            this.Notify("Thank you. We are sending the transfer again with the new auth code.");
            return Redirect("/profile/services/" + id);
        }

        return View(nameof(Edit), form with { Input = input });
    }

    private Guid Me() => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
