using Microsoft.AspNetCore.DataProtection;

namespace RedIt.Portal.Features.Domains.Transfer;

// A transfer's auth code is the key to the domain: it is stored encrypted from the moment it is
// typed, goes to the supplier once, and is cleared when the transfer was sent or refused.
public sealed class DomainTransferCodes(IDataProtectionProvider protection)
{
    public const int MaxLength = 100;

    private readonly IDataProtector _protector = protection.CreateProtector("RedIt.Portal.Domains.TransferAuthCode");

    public string Protect(string authCode) => _protector.Protect(authCode);

    public string? Unprotect(string? protectedCode) => protectedCode is null ? null : _protector.Unprotect(protectedCode);

    // Registries issue codes of printable characters without spaces; what is copied from a mail
    // often has spaces around it, which are not part of the code.
    public static string? Normalise(string? typed) =>
        typed?.Trim() is { Length: > 0 and <= MaxLength } code && code.All(c => c > ' ' && c < '\u007f') ? code : null;
}
