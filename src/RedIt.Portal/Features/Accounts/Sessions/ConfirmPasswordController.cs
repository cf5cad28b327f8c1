using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Infrastructure.Security;

namespace RedIt.Portal.Features.Accounts.Sessions;

// The one way to ask for the password again (see RequiresRecentPasswordAttribute): any signed-in
// person, customer or staff, comes here when a page needs a recently typed password.
[Authorize]
[Route("account/confirm-password")]
public sealed class ConfirmPasswordController(
    UserManager<PortalUser> users,
    PasswordCheck passwords,
    SessionStore sessions,
    CurrentSession current,
    IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public IActionResult Index(string? returnUrl) => View(new ConfirmPasswordInput { ReturnUrl = returnUrl });

    [HttpPost("")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    public async Task<IActionResult> Index(ConfirmPasswordInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user no longer exists.");
        var check = await passwords.CheckAsync(ControllerContext, user, input.Password!);
        if (check != PasswordCheckResult.Correct || current.Session is not { } session)
        {
            ModelState.AddModelError(nameof(input.Password), check == PasswordCheckResult.LockedOut
                ? text["Too many wrong passwords: your account is locked for {0} minutes.", LockoutRules.DurationMinutes]
                : text["Your password is not correct."]);
            input.Password = null;
            return View(input);
        }

        await sessions.ConfirmPasswordAsync(session.Id);
        return LocalRedirect(!string.IsNullOrEmpty(input.ReturnUrl) && Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl : "/profile");
    }
}
