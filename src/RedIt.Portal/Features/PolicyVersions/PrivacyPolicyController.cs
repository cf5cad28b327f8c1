using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.PolicyVersions;

// Clause 5: "The date of the last modification is indicated at the top of this document."
[AllowAnonymous]
[Route("privacy")]
public sealed class PrivacyPolicyController(PolicyLibrary library) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1)
    {
        var current = await library.CurrentAsync(HttpContext.RequestAborted);
        var history = await library.PageAsync(page, HttpContext.RequestAborted);
        return View(new PrivacyPolicyView(current, history, IsCurrent: true));
    }

    [HttpGet("versions/{number:int}")]
    public async Task<IActionResult> Version(int number)
    {
        var version = await library.FindAsync(number, HttpContext.RequestAborted);
        if (version is null)
        {
            return NotFound();
        }

        var current = await library.CurrentNumberAsync(HttpContext.RequestAborted);
        return View(new PrivacyPolicyView(version, null, IsCurrent: version.Number == current));
    }
}

public sealed record PrivacyPolicyView(PolicyVersion Version, Paged<PolicyVersionSummary>? History, bool IsCurrent);
