using System.Security.Cryptography;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Infrastructure.Email;

// The portal's own Message-IDs: random@portal-host, stored without the angle brackets.
public static class MessageIds
{
    public static string New(PortalLinks links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var host = Uri.TryCreate(links.Absolute("/"), UriKind.Absolute, out var url) ? url.Host : "portal.red-it.nl";
        return $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}@{host}";
    }
}
