using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using RedIt.Portal.Features.AuditLog;

namespace RedIt.Portal.Features.Accounts;

public enum PasswordCheckResult
{
    Correct,
    Wrong,
    LockedOut,
}

// Every place that asks for a password asks through here, so every wrong guess counts towards the
// lock (ASVS 2.2.1): sign-in, an unconfirmed account, the export and deletion forms, the password
// pages. Otherwise each form would be a fresh five guesses.
public sealed class PasswordCheck(UserManager<PortalUser> users, AccountMails mails, AuditLogger audit)
{
    public async Task<PasswordCheckResult> CheckAsync(ActionContext context, PortalUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await users.IsLockedOutAsync(user))
        {
            return PasswordCheckResult.LockedOut;
        }

        if (await users.CheckPasswordAsync(user, password))
        {
            await users.ResetAccessFailedCountAsync(user);
            return PasswordCheckResult.Correct;
        }

        await users.AccessFailedAsync(user);
        await audit.RecordAsync(AuditAction.SignInFailed, user.Id, details: "wrong password");
        if (await users.IsLockedOutAsync(user))
        {
            await LockedOutAsync(context, user);
            return PasswordCheckResult.LockedOut;
        }

        return PasswordCheckResult.Wrong;
    }

    // Once, when the lock starts: the owner hears of it by mail and the audit log has it.
    public async Task LockedOutAsync(ActionContext context, PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await audit.RecordAsync(AuditAction.LockedOut, user.Id, details: $"for {LockoutRules.DurationMinutes} minutes");
        await mails.SendLockedOutAsync(context, user);
    }
}
