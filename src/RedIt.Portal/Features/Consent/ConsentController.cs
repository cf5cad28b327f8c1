using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Consent;

// Clause 6 and GDPR art. 7(3): withdrawing consent is as easy as giving it, one box and one button.
[Authorize]
[Route("profile/consent")]
public sealed class ConsentController(
    ConsentLedger ledger,
    PortalDbContext db,
    UserManager<PortalUser> users,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, bool saved = false)
    {
        var personId = PersonId();
        var current = await ledger.CurrentAsync(personId, HttpContext.RequestAborted);
        var input = new ConsentInput { NewsEmails = current.NewsEmails, AnalyticsCookies = current.AnalyticsCookies };
        return View(await ViewAsync(personId, input, page, saved ? text["Your privacy choices have been saved."].Value : null));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(ConsentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var personId = PersonId();
        var current = await ledger.CurrentAsync(personId, HttpContext.RequestAborted);
        if (current.NewsEmails != input.NewsEmails)
        {
            await ledger.AddAsync(personId, ConsentPurpose.NewsEmails, input.NewsEmails, ConsentSource.Profile, HttpContext.RequestAborted);
        }

        if (current.AnalyticsCookies != input.AnalyticsCookies)
        {
            await ledger.AddAsync(personId, ConsentPurpose.AnalyticsCookies, input.AnalyticsCookies, ConsentSource.Profile, HttpContext.RequestAborted);
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);

        // The choice takes effect in this browser at once; other browsers keep their own cookie.
        CookieConsent.Remember(HttpContext, input.AnalyticsCookies, clock.GetUtcNow());
        return RedirectToAction(nameof(Index), new { saved = true });
    }

    private async Task<ConsentPageView> ViewAsync(Guid personId, ConsentInput input, int page, string? message) =>
        new(input, await ledger.HistoryAsync(personId, page, HttpContext.RequestAborted), message);

    private Guid PersonId() => Guid.Parse(users.GetUserId(User)!);
}

public sealed record ConsentPageView(ConsentInput Input, Paged<ConsentRecord> History, string? Message);
