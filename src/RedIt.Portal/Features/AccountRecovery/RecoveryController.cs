using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RedIt.Portal.Infrastructure.Security;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.AccountRecovery;

// Clause 2.1: someone without access to the address on file asks for their account back. The
// answer is the same whether an account was found or not.
[AllowAnonymous]
[Route("account/recovery")]
public sealed class RecoveryController(RecoveryRequests requests, PortalLinks links) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(new RecoveryInput());

    [HttpPost("")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    [ServiceFilter(typeof(RecoveryUploadLimit), Order = RecoveryUploadLimit.Order)]
    public async Task<IActionResult> Index(RecoveryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // A bot that filled in the hidden field learns nothing from the answer.
        if (!string.IsNullOrEmpty(input.Website))
        {
            return RedirectToAction(nameof(Sent));
        }

        var uploads = ModelState.IsValid ? await requests.CheckAsync(input, ModelState, HttpContext.RequestAborted) : null;
        if (uploads is null)
        {
            // Files cannot be shown again: the page says to choose them again.
            return View(input);
        }

        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "nl";
        await requests.StartAsync(input, uploads, culture,
            token => links.Action(ControllerContext, nameof(Confirm), "Recovery", new { token }),
            HttpContext.RequestAborted);
        TempData["RecoveryNewEmail"] = input.NewEmail!.Trim();
        return RedirectToAction(nameof(Sent));
    }

    // The address comes from this browser's own TempData, never from the address bar.
    [HttpGet("sent")]
    public IActionResult Sent() => View(model: TempData["RecoveryNewEmail"] as string);

    // A GET changes nothing: mail scanners follow links. The button posts.
    [HttpGet("confirm")]
    public IActionResult Confirm(string? token) => View(model: token);

    [HttpPost("confirm")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    public async Task<IActionResult> Confirm(string? token, bool confirm) =>
        confirm && await requests.ConfirmAsync(token, HttpContext.RequestAborted)
            ? View("Confirmed")
            : View("ConfirmFailed");
}
