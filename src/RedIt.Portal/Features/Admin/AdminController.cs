using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Email;

namespace RedIt.Portal.Features.Admin;

// The admin's starting point: every tool that keeps the privacy policy's promises, one click away.
[Authorize(Roles = PortalRoles.Admin)]
[Route("admin")]
public sealed class AdminController(MailOutbox outbox) : Controller
{
    // Mail that cannot leave is the one fault a customer cannot report: they simply hear nothing.
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await outbox.StatusAsync(HttpContext.RequestAborted));
}
