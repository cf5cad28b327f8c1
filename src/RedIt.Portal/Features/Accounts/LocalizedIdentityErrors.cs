using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace RedIt.Portal.Features.Accounts;

// Identity's own messages are English only; the ones a person can meet are said in the portal's words.
internal sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = text["Your password must be at least {1} characters long.", "", length] };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = text["Your current password is not correct."] };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = text["This link is not valid (any more). Ask for a new one."] };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = text["This e-mail address is in use by another account."] };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = text["This e-mail address is in use by another account."] };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = text["This is not a valid e-mail address."] };

    public override IdentityError DefaultError() =>
        new() { Code = nameof(DefaultError), Description = text["Something went wrong. Please try again."] };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = text["Your account was changed elsewhere at the same time. Please try again."] };
}
