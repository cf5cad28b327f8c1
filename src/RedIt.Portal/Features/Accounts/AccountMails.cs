using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Accounts;

// Every e-mail the account feature sends. Security notices (password, e-mail, two-factor) go to
// the address on file so that a person learns at once when someone else changed their account.
public sealed class AccountMails(UserManager<PortalUser> users, MailComposer composer, MailOutbox outbox, PortalLinks links)
{
    public async Task SendConfirmationAsync(ActionContext context, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var url = links.Action(context, "ConfirmEmail", "SignUp", new { userId = user.Id, code });
        await SendAsync(user, user.Email!, "Confirm your e-mail address for RED-IT",
            ["Thank you for signing up with RED-IT.", "Please confirm your e-mail address so that we can reach you about your services."],
            new MailAction("Confirm e-mail address", url));
    }

    public Task SendAlreadyRegisteredAsync(ActionContext context, PortalUser user) =>
        SendAsync(user, user.Email!, "You already have a RED-IT account",
            ["Someone tried to sign up with this e-mail address, but you already have an account with RED-IT.", "If that was you, sign in or choose a new password. If not, you can ignore this message."],
            new MailAction("Choose a new password", links.Action(context, "ForgotPassword", "Password", new { })));

    public async Task SendPasswordResetAsync(ActionContext context, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var url = links.Action(context, "ResetPassword", "Password", new { userId = user.Id, code });
        await SendAsync(user, user.Email!, "Choose a new password for RED-IT",
            ["We received a request to choose a new password for your account.", "The link works for a limited time. If you did not ask for it, ignore this message: your password stays as it is."],
            new MailAction("Choose a new password", url));
    }

    public async Task SendEmailChangeConfirmationAsync(ActionContext context, PortalUser user, string newEmail)
    {
        ArgumentNullException.ThrowIfNull(user);
        var code = Encode(await users.GenerateChangeEmailTokenAsync(user, newEmail));
        var url = links.Action(context, "ConfirmEmailChange", "Profile", new { userId = user.Id, email = newEmail, code });
        await SendAsync(user, newEmail, "Confirm your new e-mail address for RED-IT",
            ["You asked to use this e-mail address for your RED-IT account.", "Your account keeps its current address until you confirm this one."],
            new MailAction("Confirm new e-mail address", url));
    }

    public Task SendLockedOutAsync(ActionContext context, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return SendAsync(user, user.Email!, "Your RED-IT account is locked for {1} minutes",
            [
                "There were {0} failed attempts to sign in to your RED-IT account, so we have locked it for {1} minutes to protect it.",
                "If that was you, try again in {1} minutes, or choose a new password with the button below: that lifts the lock at once.",
                "If it was not you, someone may be trying to guess your password. Choosing a new, long password keeps them out; turning on two-factor authentication in your profile even more so.",
            ],
            new MailAction("Choose a new password", links.Action(context, "ForgotPassword", "Password", new { })),
            LockoutRules.MaxFailedAttempts, LockoutRules.DurationMinutes);
    }

    public Task SendPasswordChangedAsync(PortalUser user) =>
        SendNoticeAsync(user, user.Email!, "Your RED-IT password was changed", "The password of your RED-IT account was just changed.");

    public Task SendEmailChangedAsync(PortalUser user, string previousEmail) =>
        SendNoticeAsync(user, previousEmail, "The e-mail address of your RED-IT account was changed", "The e-mail address of your RED-IT account was just changed; we will write to the new address from now on.");

    public Task SendTwoFactorChangedAsync(PortalUser user, bool enabled) =>
        SendNoticeAsync(user, user.Email!,
            enabled ? "Two-factor authentication is on for your RED-IT account" : "Two-factor authentication is off for your RED-IT account",
            enabled ? "Two-factor authentication was just turned on for your RED-IT account." : "Two-factor authentication was just turned off for your RED-IT account.");

    private Task SendNoticeAsync(PortalUser user, string address, string subject, string what) =>
        SendAsync(user, address, subject, [what, "If you did this yourself, there is nothing more to do. If you did not, contact RED-IT customer service at once."]);

    private Task SendAsync(PortalUser user, string address, string subject, string[] paragraphs, MailAction? action = null, params object[] arguments) =>
        outbox.QueueAsync(composer.Compose(new MailRecipient(address, user.FullName, user.PreferredCulture), subject, paragraphs, action, arguments), user.Id);

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
