using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Consent;

// The link in a news e-mail names the person without a login: the person's id and the purpose,
// protected so nobody can forge a link for someone else. It does not expire, because an old
// news e-mail must still let its reader unsubscribe.
public sealed class UnsubscribeLinks(IDataProtectionProvider protection, PortalLinks links)
{
    private readonly IDataProtector _protector = protection.CreateProtector("RedIt.Portal.Consent.Unsubscribe");

    public string NewsEmailsUrl(Guid personId) =>
        links.Absolute("/consent/unsubscribe?token=" + Uri.EscapeDataString(Token(personId, ConsentPurpose.NewsEmails)));

    public string Token(Guid personId, ConsentPurpose purpose) => _protector.Protect($"{personId:N}:{purpose}");

    public (Guid PersonId, ConsentPurpose Purpose)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(token).Split(':');
            return parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var personId) && Enum.TryParse<ConsentPurpose>(parts[1], out var purpose)
                ? (personId, purpose)
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
