using System.Security.Cryptography;
using System.Text;

namespace RedIt.Portal.Features.Calls;

// A phone system's API key: 32 random bytes, shown once, stored as its SHA-256 hash. The prefix
// ("rpk_" and the first characters) lets an admin tell keys apart in the list and in the PBX.
public static class PhoneSystemKeys
{
    public const string Marker = "rpk_";
    public const int PrefixLength = 12;

    public static string New() => Marker + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    public static string Prefix(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length <= PrefixLength ? key : key[..PrefixLength];
    }

    // The key a request carries: "Authorization: Bearer <key>" or "X-Api-Key: <key>".
    public static string? From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var bearer = authorization["Bearer ".Length..].Trim();
            return bearer.Length > 0 ? bearer : null;
        }

        var header = request.Headers["X-Api-Key"].ToString().Trim();
        return header.Length > 0 ? header : null;
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
