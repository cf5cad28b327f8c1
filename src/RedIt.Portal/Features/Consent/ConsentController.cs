using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
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
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1)
    {
        var personId = PersonId();
        var current = await ledger.CurrentAsync(personId, HttpContext.RequestAborted);
        var input = new ConsentInput { NewsEmails = current.NewsEmails, AnalyticsCookies = current.AnalyticsCookies };
        return View(new ConsentPageView(input, await ledger.HistoryAsync(personId, page, HttpContext.RequestAborted)));
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
        this.Notify("Your privacy choices have been saved.");
        return RedirectToAction(nameof(Index));
    }

    private Guid PersonId() => Guid.Parse(users.GetUserId(User)!);
}

public sealed record ConsentPageView(ConsentInput Input, Paged<ConsentRecord> History);
