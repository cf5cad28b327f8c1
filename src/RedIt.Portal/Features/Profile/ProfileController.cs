using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Accounts.Sessions;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Infrastructure.Security;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Profile;

// Clause 6: a customer sees all the data the portal keeps about them and corrects it here.
[Authorize]
[Route("profile")]
public sealed class ProfileController(
    PortalDbContext db,
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    AccountMails mails,
    PasswordCheck passwords,
    SessionStore sessions,
    CurrentSession current,
    AuditLogger audit,
    VatNumberChecks vatChecks,
    VatNumberVerifications vatVerifications,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await CurrentUserAsync();
        var customer = await FindCustomerAsync(user.Id);
        var roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var vat = customer is null ? null : await vatChecks.StandingAsync(customer, HttpContext.RequestAborted);
        return View(new ProfileView(user, customer, roles, vat, clock.GetUtcNow().UtcDateTime));
    }

    [HttpGet("edit")]
    public async Task<IActionResult> Edit()
    {
        var customer = await FindCustomerAsync(UserId());
        return customer is null ? NotFound() : View(CustomerDetailsInput.From(customer));
    }

    [HttpPost("edit")]
    public async Task<IActionResult> Edit(CustomerDetailsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var customer = await FindCustomerAsync(UserId());
        if (customer is null)
        {
            return NotFound();
        }

        if (!input.HasBillingAddress)
        {
            ModelState.ClearPrefix(nameof(input.BillingAddress));
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        input.CopyTo(customer);
        await db.SaveChangesAsync();

        // Checked when entered, so the customer sees at once whether invoices can be reverse charged;
        // VIES being down leaves the check queued, not the details unsaved.
        await vatVerifications.EnsureRecentAsync(customer.Id, HttpContext.RequestAborted);
        await signIn.RefreshSignInAsync(customer.User);
        this.Notify("Your details have been saved.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("email")]
    public IActionResult ChangeEmail() => View(new ChangeEmailInput());

    [HttpPost("email")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    public async Task<IActionResult> ChangeEmail(ChangeEmailInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await CurrentUserAsync();
        // Counted like a failed sign-in: a stolen session must not be a way to guess the password.
        if (!await PasswordIsCorrectAsync(user, input.CurrentPassword!, nameof(input.CurrentPassword)))
        {
            return View(input);
        }

        var newEmail = input.NewEmail!.Trim();
        if (string.Equals(newEmail, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(input.NewEmail), text["This is already the e-mail address of your account."]);
            return View(input);
        }

        // Whether the address is taken is only checked on confirmation, so this form reveals no one's account.
        await mails.SendEmailChangeConfirmationAsync(ControllerContext, user, newEmail);
        this.Notify("We sent a link to your new e-mail address. Your address changes when you follow it.");
        return RedirectToAction(nameof(Index));
    }

    [AllowAnonymous]
    [HttpGet("email/confirm")]
    public IActionResult ConfirmEmailChange(EmailTokenInput link) => View(link);

    [AllowAnonymous]
    [HttpPost("email/confirm")]
    public async Task<IActionResult> ConfirmEmailChange(EmailTokenInput link, bool confirm)
    {
        ArgumentNullException.ThrowIfNull(link);
        var user = link.UserId is null ? null : await users.FindByIdAsync(link.UserId);
        var token = AccountMails.Decode(link.Code);
        if (!confirm || user is null || token is null || string.IsNullOrWhiteSpace(link.Email))
        {
            return View("ConfirmEmailChangeFailed");
        }

        var previousEmail = user.Email!;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var changed = await users.ChangeEmailAsync(user, link.Email, token);
        var renamed = changed.Succeeded ? await users.SetUserNameAsync(user, link.Email) : changed;
        if (!renamed.Succeeded)
        {
            return View("ConfirmEmailChangeFailed");
        }

        await audit.RecordAsync(AuditAction.EmailChanged, user.Id);
        await transaction.CommitAsync();
        await mails.SendEmailChangedAsync(user, previousEmail);
        if (User.Identity?.IsAuthenticated == true && UserId() == user.Id)
        {
            await signIn.RefreshSignInAsync(user);
        }

        return View("EmailChanged");
    }

    [HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePasswordInput());

    [HttpPost("password")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    public async Task<IActionResult> ChangePassword(ChangePasswordInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var user = await CurrentUserAsync();
        if (!await PasswordIsCorrectAsync(user, input.CurrentPassword!, nameof(input.CurrentPassword)))
        {
            return View(new ChangePasswordInput());
        }

        var result = await users.ChangePasswordAsync(user, input.CurrentPassword!, input.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                if (error.Code == "PasswordMismatch")
                {
                    ModelState.AddModelError(nameof(input.CurrentPassword), text["Your current password is not correct."]);
                }
                else
                {
                    ModelState.AddModelError(nameof(input.NewPassword), error.Description);
                }
            }

            return View(new ChangePasswordInput());
        }

        // Whoever else is signed in with the old password is out now, not at their next sign-in.
        await sessions.EndAllAsync(user.Id, SessionEnd.PasswordChanged, except: current.Session?.Id);
        await audit.RecordAsync(AuditAction.PasswordChanged, user.Id);
        await mails.SendPasswordChangedAsync(user);
        await signIn.RefreshSignInAsync(user);
        this.Notify("Your password has been changed.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<bool> PasswordIsCorrectAsync(PortalUser user, string password, string field)
    {
        switch (await passwords.CheckAsync(ControllerContext, user, password))
        {
            case PasswordCheckResult.Correct:
                return true;
            case PasswordCheckResult.LockedOut:
                ModelState.AddModelError(field, text["Too many wrong passwords: your account is locked for {0} minutes.", LockoutRules.DurationMinutes]);
                return false;
            default:
                ModelState.AddModelError(field, text["Your current password is not correct."]);
                return false;
        }
    }

    private Guid UserId() => Guid.Parse(users.GetUserId(User)!);

    private async Task<PortalUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user no longer exists.");

    private Task<Customer?> FindCustomerAsync(Guid id) =>
        db.Customers.Include(c => c.User).Include(c => c.Addresses).SingleOrDefaultAsync(c => c.Id == id);
}
