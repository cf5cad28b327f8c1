using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Support.Incoming;
using RedIt.Portal.Infrastructure.Email;

namespace RedIt.Portal.Features.Admin;

// The admin's starting point: every tool that keeps the privacy policy's promises, one click away.
[Authorize(Roles = PortalRoles.Admin)]
[Route("admin")]
public sealed class AdminController(MailOutbox outbox, PortalDbContext db) : Controller
{
    // Mail that cannot leave is the one fault a customer cannot report: they simply hear nothing.
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(new AdminHomeView(
        await outbox.StatusAsync(HttpContext.RequestAborted),
        await SupportMailboxStatus.ReadAsync(db, HttpContext.RequestAborted)));
}
