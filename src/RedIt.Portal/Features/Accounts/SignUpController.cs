using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Features.Support.MyTickets;
using RedIt.Portal.Infrastructure.Security;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Accounts;

[AllowAnonymous]
[Route("account")]
public sealed class SignUpController(
    CustomerRegistration registration,
    UserManager<PortalUser> users,
    AccountMails mails,
    EarlierTickets earlierTickets) : Controller
{
    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterInput());

    [HttpPost("register")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    public async Task<IActionResult> Register(RegisterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.HasBillingAddress)
        {
            ModelState.ClearPrefix(nameof(input.BillingAddress));
        }

        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var result = await registration.RegisterAsync(input);
        if (result.AlreadyExisted)
        {
            // Same answer as a new sign-up, so the form does not reveal who has an account.
            await mails.SendAlreadyRegisteredAsync(ControllerContext, result.User);
            return RedirectToAction(nameof(Registered));
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(input.Password) : "", error.Description);
            }

            return View(input);
        }

        await mails.SendConfirmationAsync(ControllerContext, result.User);
        return RedirectToAction(nameof(Registered));
    }

    [HttpGet("registered")]
    public IActionResult Registered() => View();

    [HttpGet("confirm-email")]
    public IActionResult ConfirmEmail(EmailTokenInput link) => View(link);

    [HttpPost("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(EmailTokenInput link, bool confirm)
    {
        ArgumentNullException.ThrowIfNull(link);
        var user = link.UserId is null ? null : await users.FindByIdAsync(link.UserId);
        var token = AccountMails.Decode(link.Code);
        if (!confirm || user is null || token is null || !(await users.ConfirmEmailAsync(user, token)).Succeeded)
        {
            return View("ConfirmEmailFailed");
        }

        await earlierTickets.ClaimAsync(user.Id, user.Email, HttpContext.RequestAborted);
        return View("EmailConfirmed");
    }

    [HttpGet("resend-confirmation")]
    public IActionResult ResendConfirmation() => View(new ForgotPasswordInput());

    [HttpPost("resend-confirmation")]
    [EnableRateLimiting(RateLimitSetup.Credentials)]
    public async Task<IActionResult> ResendConfirmation(ForgotPasswordInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        if (await users.FindByEmailAsync(input.Email!.Trim()) is { EmailConfirmed: false } user)
        {
            await mails.SendConfirmationAsync(ControllerContext, user);
        }

        return RedirectToAction(nameof(Registered));
    }
}
