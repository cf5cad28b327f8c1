using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RedIt.Portal.Infrastructure.PwnedPasswords;

namespace RedIt.Portal.Features.Accounts.Passwords;

// Asks Have I Been Pwned only when switched on, and only about a password the other rules let
// through. No answer is not a refusal: a person can sign up while the service is down.
public sealed class BreachedPasswordValidator(
    IOptions<PwnedPasswordsOptions> options,
    IPwnedPasswords pwned,
    CommonPasswords common,
    PasswordErrors errors) : IPasswordValidator<PortalUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        if (!options.Value.Enabled
            || password is not { Length: >= PasswordRules.MinimumLength and <= PasswordRules.MaximumLength }
            || common.Contains(password))
        {
            return IdentityResult.Success;
        }

        return await pwned.CheckAsync(password) == PwnedAnswer.Listed
            ? IdentityResult.Failed(errors.Breached())
            : IdentityResult.Success;
    }
}
