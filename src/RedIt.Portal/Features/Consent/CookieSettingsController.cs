using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

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
    public IActionResult Index() =>
        View(new CookieSettingsView(CookieConsent.AnalyticsChoice(Request), options.Value.Enabled));

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

        // From the banner, back to the page it was on; from this page, back here to say it is saved.
        if (!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl))
        {
            return LocalRedirect(returnUrl);
        }

        this.Notify("Your cookie choice has been saved.");
        return RedirectToAction(nameof(Index));
    }
}

public sealed record CookieSettingsView(bool? AnalyticsChoice, bool AnalyticsEnabled);
