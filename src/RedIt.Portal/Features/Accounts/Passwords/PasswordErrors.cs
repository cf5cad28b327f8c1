using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace RedIt.Portal.Features.Accounts.Passwords;

// The codes start with "Password" so the forms show them beside the password field.
public sealed class PasswordErrors(IStringLocalizer<SharedResource> text)
{
    public IdentityError TooLong() =>
        new() { Code = "PasswordTooLong", Description = text["Your password can be at most {1} characters long.", "", PasswordRules.MaximumLength] };

    public IdentityError TooCommon() =>
        new() { Code = "PasswordTooCommon", Description = text["This password is too common or has appeared in a data breach; choose another."] };

    public IdentityError Breached() =>
        new() { Code = "PasswordBreached", Description = text["This password is too common or has appeared in a data breach; choose another."] };
}
