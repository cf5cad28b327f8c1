using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace RedIt.Portal.Features.DataRequests;

// Secrets handed out in links and forms. Only their hash is stored, so a copy of the database
// cannot be used to download anyone's data or confirm anyone's request.
public static class SecretTokens
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    public static bool Matches(string? token, string? hash) =>
        !string.IsNullOrEmpty(token) && hash is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(hash));
}
