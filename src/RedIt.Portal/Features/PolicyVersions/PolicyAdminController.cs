using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.PolicyVersions;

[Authorize(Roles = PortalRoles.Admin)]
[Route("admin/policy")]
public sealed class PolicyAdminController(
    PolicyLibrary library,
    UserManager<PortalUser> users,
    PortalLinks links,
    IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1)
    {
        var versions = await library.PageAsync(page, HttpContext.RequestAborted);
        var notices = await library.NoticeProgressAsync(versions.Items.Where(v => v.Significant).Select(v => v.Number), HttpContext.RequestAborted);
        return View(new PolicyAdminList(versions, notices));
    }

    [HttpGet("publish")]
    public async Task<IActionResult> Publish()
    {
        // Starting from the current text: most changes touch a paragraph or two.
        var current = await library.CurrentAsync(HttpContext.RequestAborted);
        return View(new PublishPolicyInput { Text = current.Text });
    }

    // The first post checks the form and shows what publishing will do; only the second,
    // confirmed post publishes.
    [HttpPost("publish")]
    public async Task<IActionResult> Publish(PublishPolicyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (ModelState.IsValid)
        {
            var current = await library.CurrentAsync(HttpContext.RequestAborted);
            if (string.Equals(Normalise(input.Text!), Normalise(current.Text), StringComparison.Ordinal))
            {
                ModelState.AddModelError(nameof(input.Text), text["This text is the same as the current version."]);
            }
        }

        if (!ModelState.IsValid)
        {
            input.Confirmed = false;
            return View(input);
        }

        if (!input.Confirmed)
        {
            return View("Confirm", new PublishConfirmView(input, await library.CurrentNumberAsync(HttpContext.RequestAborted) + 1));
        }

        var version = await library.PublishAsync(
            Normalise(input.Text!), input.ChangeSummary!.Trim(), input.Significant!.Value,
            Guid.Parse(users.GetUserId(User)!), links.Absolute("/privacy"), HttpContext.RequestAborted);
        this.Notify(version.Significant
            ? "The new version is published. Customers are being notified by e-mail and in the portal."
            : "The new version is published.");
        return RedirectToAction(nameof(Index));
    }

    private static string Normalise(string policy) => policy.ReplaceLineEndings("\n").Trim();
}
