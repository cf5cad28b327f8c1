using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.Consent;

// Clause 2.8: the one-click unsubscribe link in every news e-mail, without signing in. Opening
// the link shows a button; only pressing it withdraws, so a mail scanner that follows links
// changes nothing.
[AllowAnonymous]
[Route("consent/unsubscribe")]
public sealed class UnsubscribeController(UnsubscribeLinks links, ConsentLedger ledger, PortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? token) =>
        await FindAsync(token) is { } found ? View(new UnsubscribeView(token!, found.Purpose)) : View("Invalid");

    [HttpPost("")]
    public async Task<IActionResult> Confirm(string? token)
    {
        if (await FindAsync(token) is not { } found)
        {
            return View("Invalid");
        }

        await ledger.ChangeAsync(found.PersonId, found.Purpose, given: false, ConsentSource.UnsubscribeLink, HttpContext.RequestAborted);
        return View("Done", found.Purpose);
    }

    private async Task<(Guid PersonId, ConsentPurpose Purpose)?> FindAsync(string? token) =>
        links.Read(token) is { } found && await db.Users.AnyAsync(u => u.Id == found.PersonId, HttpContext.RequestAborted) ? found : null;
}

public sealed record UnsubscribeView(string Token, ConsentPurpose Purpose);
