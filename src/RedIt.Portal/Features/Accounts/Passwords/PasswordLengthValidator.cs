using Microsoft.AspNetCore.Identity;

namespace RedIt.Portal.Features.Accounts.Passwords;

// Identity checks only the minimum; the maximum keeps the forms, the commands and the hasher in
// agreement, and runs before any hash is made.
public sealed class PasswordLengthValidator(PasswordErrors errors) : IPasswordValidator<PortalUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password) =>
        Task.FromResult(password is { Length: > PasswordRules.MaximumLength } ? IdentityResult.Failed(errors.TooLong()) : IdentityResult.Success);
}
