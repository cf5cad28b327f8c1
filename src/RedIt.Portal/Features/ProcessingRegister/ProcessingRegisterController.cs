using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Privacy;
using RedIt.Privacy;

namespace RedIt.Portal.Features.ProcessingRegister;

// GDPR art. 30: the register of processing activities, generated from the rules beside each
// entity, for the admin to read or to hand to the supervisory authority.
[Authorize(Roles = PortalRoles.Admin)]
[Route("admin/privacy/register")]
public sealed class ProcessingRegisterController(PrivacyCatalog catalog) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(RedItProcessingRegister.Build(catalog));

    [HttpGet("download")]
    public IActionResult Download() =>
        File(Encoding.UTF8.GetBytes(RedItProcessingRegister.Build(catalog).ToMarkdown()), "text/markdown; charset=utf-8", "register-of-processing-activities.md");
}
