using Microsoft.AspNetCore.Identity;

namespace RedIt.Portal.Features.Accounts.Passwords;

// ASVS 2.1.7: a password from the lists attackers try first is refused, whatever its length.
public sealed class CommonPasswordValidator(CommonPasswords common, PasswordErrors errors) : IPasswordValidator<PortalUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password) =>
        Task.FromResult(password is { Length: <= PasswordRules.MaximumLength } && common.Contains(password)
            ? IdentityResult.Failed(errors.TooCommon())
            : IdentityResult.Success);
}
