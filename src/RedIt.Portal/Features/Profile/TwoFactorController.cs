using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Accounts.Sessions;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Infrastructure.Security;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Profile;

// Optional for customers; for staff outside Development, the one page they can reach until it is on.
[Authorize]
[Route("profile/two-factor")]
public sealed class TwoFactorController(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    AccountMails mails,
    PasswordCheck passwords,
    AuditLogger audit,
    IOptions<SecurityOptions> security,
    IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool required)
    {
        var user = await CurrentUserAsync();
        if (required && !user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Setup), new { required = true });
        }

        return View(await ViewFor(user, newCodes: null));
    }

    [HttpGet("setup")]
    [RequiresRecentPassword]
    public async Task<IActionResult> Setup(bool required)
    {
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled)
        {
            // The key is shown only while setting up: a session taken over later cannot copy the authenticator.
            return RedirectToAction(nameof(Index));
        }

        return View(await SetupModel(user, new EnableAuthenticatorInput { Required = required }));
    }

    [HttpPost("setup")]
    [RequiresRecentPassword]
    public async Task<IActionResult> Setup(EnableAuthenticatorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        if (!ModelState.IsValid)
        {
            return View(await SetupModel(user, input));
        }

        var code = input.Code!.Replace(" ", "", StringComparison.Ordinal).Trim();
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(input.Code), text["This code is not correct. Check that the time on your phone is right and try the current code."]);
            input.Code = null;
            return View(await SetupModel(user, input));
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditAction.TwoFactorEnabled, user.Id);
        await mails.SendTwoFactorChangedAsync(user, enabled: true);
        return View(nameof(Index), await ViewFor(user, codes));
    }

    [HttpPost("recovery-codes")]
    [RequiresRecentPassword]
    public async Task<IActionResult> RecoveryCodes()
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await audit.RecordAsync(AuditAction.RecoveryCodesRenewed, user.Id);
        await mails.SendTwoFactorChangedAsync(user, enabled: true);
        return View(nameof(Index), await ViewFor(user, codes));
    }

    [HttpGet("disable")]
    public IActionResult Disable() => View(new DisableTwoFactorInput());

    [HttpPost("disable")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    public async Task<IActionResult> Disable(DisableTwoFactorInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await CurrentUserAsync();
        if (await IsRequiredFor(user))
        {
            ModelState.AddModelError("", text["Staff accounts must keep two-factor authentication on."]);
            return View(input);
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var check = await passwords.CheckAsync(ControllerContext, user, input.CurrentPassword!);
        if (check != PasswordCheckResult.Correct)
        {
            ModelState.AddModelError(nameof(input.CurrentPassword), check == PasswordCheckResult.LockedOut
                ? text["Too many wrong passwords: your account is locked for {0} minutes.", LockoutRules.DurationMinutes]
                : text["Your current password is not correct."]);
            return View(new DisableTwoFactorInput());
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key next time: the old one may be on a lost phone.
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditAction.TwoFactorDisabled, user.Id);
        await mails.SendTwoFactorChangedAsync(user, enabled: false);
        this.Notify("Two-factor authentication is off.");
        return RedirectToAction("Index", "Profile");
    }

    private async Task<EnableAuthenticatorInput> SetupModel(PortalUser user, EnableAuthenticatorInput input)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        input.SharedKey = AuthenticatorQrCode.Readable(key!);
        input.QrCodeDataUri = AuthenticatorQrCode.DataUri(AuthenticatorQrCode.Uri(user.Email!, key!));
        return input;
    }

    private async Task<TwoFactorView> ViewFor(PortalUser user, IReadOnlyList<string>? newCodes)
    {
        var isStaff = (await users.GetRolesAsync(user)).Any(PortalRoles.Staff.Contains);
        return new TwoFactorView(user.TwoFactorEnabled, await users.CountRecoveryCodesAsync(user), isStaff,
            isStaff && security.Value.RequireStaffTwoFactor, newCodes);
    }

    private async Task<bool> IsRequiredFor(PortalUser user) =>
        security.Value.RequireStaffTwoFactor && (await users.GetRolesAsync(user)).Any(PortalRoles.Staff.Contains);

    private async Task<PortalUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user no longer exists.");
}
