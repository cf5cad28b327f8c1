using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using RedIt.Portal.Features.Accounts;

namespace RedIt.Portal.Features.Consent;

// The banner's two buttons post here, and the "Cookie settings" page in the footer lets a
// visitor change their mind later.
[AllowAnonymous]
[Route("privacy/cookies")]
public sealed class CookieSettingsController(
    ConsentLedger ledger,
    UserManager<PortalUser> users,
    IOptions<AnalyticsOptions> options,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public IActionResult Index(bool saved = false) =>
        View(new CookieSettingsView(CookieConsent.AnalyticsChoice(Request), options.Value.Enabled, saved));

    [HttpPost("")]
    public async Task<IActionResult> Choose(string? choice, string? returnUrl)
    {
        if (choice is not ("accept" or "refuse"))
        {
            return BadRequest();
        }

        var accepted = choice == "accept";
        CookieConsent.Remember(HttpContext, accepted, clock.GetUtcNow());
        if (users.GetUserId(User) is { } userId)
        {
            await ledger.ChangeAsync(Guid.Parse(userId), ConsentPurpose.AnalyticsCookies, accepted, ConsentSource.CookieBanner, HttpContext.RequestAborted);
        }

        return !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl)
            ? LocalRedirect(returnUrl)
            : RedirectToAction(nameof(Index), new { saved = true });
    }
}

public sealed record CookieSettingsView(bool? AnalyticsChoice, bool AnalyticsEnabled, bool Saved);
