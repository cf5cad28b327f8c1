using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.ErrorReports;
using RedIt.Portal.Infrastructure.Security;

namespace RedIt.Portal.Features.Accounts;

// Signing in is for people who are not signed in yet; signing out of no session is harmless.
[AllowAnonymous]
[Route("account")]
public sealed class SignInController(
    SignInManager<PortalUser> signIn,
    UserManager<PortalUser> users,
    PasswordCheck passwords,
    AuditLogger audit,
    ErrorReportRecorder errorReports,
    IStringLocalizer<SharedResource> text) : Controller
{
    // Checked against when the address has no account: see Login.
    private static readonly string UnknownAccountHash = new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), "no account has this password");

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginInput { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    public async Task<IActionResult> Login(LoginInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await users.FindByEmailAsync(input.Email!.Trim());
        if (user is null)
        {
            // As slow as checking a real account's password, so the time taken does not tell
            // whether an address has an account.
            users.PasswordHasher.VerifyHashedPassword(new PortalUser(), UnknownAccountHash, input.Password!);
            await errorReports.FailedSignInAsync(HttpContext, input.Email, null, "no account has this address");
            return NotCorrect(input);
        }

        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, input.Password!, input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditAction.SignedIn, user.Id, details: "password");
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(LoginTwoFactor), new { input.ReturnUrl, input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            // The page looks the same as for a wrong password or an unknown address, or five
            // guesses would tell whether an address has an account. The owner hears it by e-mail,
            // once, when the lock starts.
            if (!wasLockedOut)
            {
                await passwords.LockedOutAsync(ControllerContext, user);
            }

            await errorReports.FailedSignInAsync(HttpContext, input.Email, user.Id, "the account is locked out");
            return NotCorrect(input);
        }

        // Identity says "not allowed" before it looks at the password, so the guess is counted
        // here; only someone who knows the password learns that the address is still unconfirmed.
        if (result.IsNotAllowed && await passwords.CheckAsync(ControllerContext, user, input.Password!) == PasswordCheckResult.Correct)
        {
            ModelState.AddModelError("", text["Please confirm your e-mail address first: follow the link in the e-mail we sent you."]);
            input.Password = null;
            return View(input);
        }

        if (!result.IsNotAllowed)
        {
            await audit.RecordAsync(AuditAction.SignInFailed, user.Id, details: "wrong password");
        }

        await errorReports.FailedSignInAsync(HttpContext, input.Email, user.Id, "wrong password");
        return NotCorrect(input);
    }

    private ViewResult NotCorrect(LoginInput input)
    {
        ModelState.AddModelError("", text["The e-mail address or password is not correct."]);
        input.Password = null;
        return View(input);
    }

    [HttpGet("login-two-factor")]
    public async Task<IActionResult> LoginTwoFactor(string? returnUrl, bool rememberMe)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToAction(nameof(Login));
        }

        return View(new TwoFactorLoginInput { ReturnUrl = returnUrl, RememberMe = rememberMe, OfferRememberMachine = !await IsStaffAsync(user) });
    }

    [HttpPost("login-two-factor")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    public async Task<IActionResult> LoginTwoFactor(TwoFactorLoginInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return RedirectToAction(nameof(Login));
        }

        // Staff never skip the second factor on a device, however often they use it.
        input.OfferRememberMachine = !await IsStaffAsync(user);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var rememberMachine = input.RememberMachine && input.OfferRememberMachine;
        var code = input.Code!.Replace(" ", "", StringComparison.Ordinal).Trim();
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, input.RememberMe, rememberMachine);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditAction.SignedIn, user.Id, details: "password and authenticator code");
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            return RedirectToAction(nameof(Lockout));
        }

        ModelState.AddModelError(nameof(input.Code), text["This code is not correct. Codes change every 30 seconds; try the current one."]);
        input.Code = null;
        return View(input);
    }

    [HttpGet("login-recovery-code")]
    public async Task<IActionResult> LoginRecoveryCode(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Login));
        }

        return View(new RecoveryCodeLoginInput { ReturnUrl = returnUrl });
    }

    [HttpPost("login-recovery-code")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    public async Task<IActionResult> LoginRecoveryCode(RecoveryCodeLoginInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(Login));
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(input.RecoveryCode!.Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditAction.SignedIn, user!.Id, details: "password and recovery code");
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            return RedirectToAction(nameof(Lockout));
        }

        ModelState.AddModelError(nameof(input.RecoveryCode), text["This recovery code is not correct or was used before."]);
        return View(input);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        if (Guid.TryParse(users.GetUserId(User), out var userId))
        {
            await audit.RecordAsync(AuditAction.SignedOut, userId);
        }

        // Ends the session row too (SessionCookieEvents), so a copy of the cookie is worthless.
        await signIn.SignOutAsync();
        return RedirectToAction("Index", "Home");
    }

    [HttpGet("lockout")]
    public IActionResult Lockout() => View();

    [HttpGet("access-denied")]
    public IActionResult AccessDenied() => View();

    private async Task<bool> IsStaffAsync(PortalUser user) => (await users.GetRolesAsync(user)).Any(PortalRoles.Staff.Contains);

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/profile";
}
