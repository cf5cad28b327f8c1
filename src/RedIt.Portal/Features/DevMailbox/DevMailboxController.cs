using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.DevMailbox;

// Mail that would have gone out, on a developer's machine without SMTP. It holds everyone's reset
// and confirmation links, an admin's too: Admin only, and it does not even exist outside Development.
[Authorize(Roles = PortalRoles.Admin)]
[Route("dev/mailbox")]
public sealed class DevMailboxController(IServiceProvider services) : Controller
{
    [HttpGet("")]
    public IActionResult Index(int page = 1)
    {
        if (services.GetService<DevelopmentMailbox>() is not { } mailbox)
        {
            return NotFound();
        }

        return View(mailbox.Messages.ToPaged(page));
    }

    [HttpGet("{id:guid}")]
    public IActionResult Message(Guid id) =>
        services.GetService<DevelopmentMailbox>()?.Find(id) is { } mail ? View(mail) : NotFound();
}
