using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Features.Accounts.Sessions;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Support.MyTickets;
using RedIt.Portal.Infrastructure.Security;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Accounts;

[AllowAnonymous]
[Route("account")]
public sealed class PasswordController(
    UserManager<PortalUser> users,
    AccountMails mails,
    SessionStore sessions,
    AuditLogger audit,
    IStringLocalizer<SharedResource> text,
    EarlierTickets earlierTickets) : Controller
{
    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordInput());

    [HttpPost("forgot-password")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        // The answer is the same whether or not the address has an account.
        if (await users.FindByEmailAsync(input.Email!.Trim()) is { } user)
        {
            await mails.SendPasswordResetAsync(ControllerContext, user);
        }

        return RedirectToAction(nameof(ForgotPasswordSent));
    }

    [HttpGet("forgot-password-sent")]
    public IActionResult ForgotPasswordSent() => View();

    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? userId, string? code) =>
        View(new ResetPasswordInput { UserId = userId, Code = code });

    [HttpPost("reset-password")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    public async Task<IActionResult> ResetPassword(ResetPasswordInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrEmpty(input.UserId) || string.IsNullOrEmpty(input.Code))
        {
            // The link's parts are hidden fields: the person can only be told above the form.
            ModelState.ClearPrefix(nameof(input.UserId));
            ModelState.ClearPrefix(nameof(input.Code));
            ModelState.AddModelError("", text["This link is not valid (any more). Ask for a new one."]);
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await users.FindByIdAsync(input.UserId!);
        var token = AccountMails.Decode(input.Code);
        if (user is null || token is null)
        {
            ModelState.AddModelError("", text["This link is not valid (any more). Ask for a new one."]);
            return View(input);
        }

        var result = await users.ResetPasswordAsync(user, token, input.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(input.Password) : "",
                    error.Code == "InvalidToken" ? text["This link is not valid (any more). Ask for a new one."] : error.Description);
            }

            return View(input);
        }

        // Whoever had the link could read the mailbox; the reset proves that, so the e-mail is confirmed too.
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
            await earlierTickets.ClaimAsync(user.Id, user.Email, HttpContext.RequestAborted);
        }

        await users.ResetAccessFailedCountAsync(user);
        // The link proves the mailbox, so it also lifts a lockout that wrong guesses caused. An
        // erased account is locked for good (until MaxValue) and never receives such a link anyway.
        if (user.LockoutEnd is { } lockedUntil && lockedUntil != DateTimeOffset.MaxValue)
        {
            await users.SetLockoutEndDateAsync(user, null);
        }

        // Someone who knew the old password is signed out everywhere, now.
        await sessions.EndAllAsync(user.Id, SessionEnd.PasswordReset);
        await audit.RecordAsync(AuditAction.PasswordReset, user.Id);
        await mails.SendPasswordChangedAsync(user);
        return RedirectToAction(nameof(ResetPasswordDone));
    }

    [HttpGet("reset-password-done")]
    public IActionResult ResetPasswordDone() => View();
}
