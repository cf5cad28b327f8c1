using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Domains.Search;
using RedIt.Portal.Infrastructure.Security;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Domains.Transfer;

// A taken domain from the search moves to RED-IT with the auth code of its current provider.
[Authorize(Roles = PortalRoles.Customer)]
[Route("domains/transfer")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class DomainTransferController(DomainBasket domains, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public IActionResult Index(string? domain) =>
        View(new DomainTransferForm(new DomainTransferInput { Domain = domain }));

    [HttpPost("")]
    [EnableRateLimiting(RateLimitSetup.DomainSearch)]
    public async Task<IActionResult> Add([Bind(Prefix = "Input")] DomainTransferInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var code = DomainTransferCodes.Normalise(input.AuthCode);
        if (ModelState.IsValid && code is null)
        {
            ModelState.AddModelError($"Input.{nameof(DomainTransferInput.AuthCode)}", text["An auth code has letters, digits and signs, without spaces."]);
        }

        if (ModelState.IsValid)
        {
            var me = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
            if (await domains.AddTransferAsync(me, input.Domain, code!, HttpContext.RequestAborted) is not { } refusal)
            {
                this.Notify("The transfer is in your basket.");
                return Redirect("/basket");
            }

            ModelState.AddModelError($"Input.{nameof(DomainTransferInput.Domain)}", text[refusal]);
        }

        return View(nameof(Index), new DomainTransferForm(input));
    }
}
