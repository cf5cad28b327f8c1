using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace RedIt.Portal.Features.Incidents.Status;

// Anyone, customer or not, sees whether RED-IT's services work.
[AllowAnonymous]
[Route("status")]
public sealed class StatusController(StatusPage status) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await status.ViewAsync(HttpContext.RequestAborted));
}
