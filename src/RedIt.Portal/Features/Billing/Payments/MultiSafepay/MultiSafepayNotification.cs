using System.Security.Cryptography;
using System.Text;

namespace RedIt.Portal.Features.Billing.Payments.MultiSafepay;

// A POST notification carries an Auth header: base64 of "<unix seconds>:<hex HMAC-SHA512>", keyed
// with the website's API key over "<unix seconds>:<raw body>". An authentic notification is still
// only a hint: the status the portal acts on is fetched again with GET orders/{order_id}.
public static class MultiSafepayNotification
{
    // A real header is 184 characters; anything much longer is not one.
    private const int LongestHeader = 512;

    private const int SignatureBytes = 64;

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    public static bool IsAuthentic(string? authHeader, ReadOnlySpan<byte> rawBody, string apiKey, DateTimeOffset now, TimeSpan maxAge)
    {
        // MultiSafepay's SDK trims the key too: a key pasted with a trailing newline still verifies.
        var key = apiKey?.Trim();
        if (string.IsNullOrEmpty(authHeader) || authHeader.Length > LongestHeader || string.IsNullOrEmpty(key))
        {
            return false;
        }

        Span<byte> decoded = stackalloc byte[LongestHeader];
        if (!Convert.TryFromBase64String(authHeader.Trim(), decoded, out var length))
        {
            return false;
        }

        decoded = decoded[..length];
        var colon = decoded.IndexOf((byte)':');
        if (colon <= 0 || !TryReadSeconds(decoded[..colon], out var seconds))
        {
            return false;
        }

        var signedAt = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (now - signedAt > maxAge || signedAt - now > ClockSkew)
        {
            return false;
        }

        Span<byte> claimed = stackalloc byte[SignatureBytes];
        if (!TryReadHex(decoded[(colon + 1)..], claimed))
        {
            return false;
        }

        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA512, Encoding.UTF8.GetBytes(key));
        hmac.AppendData(decoded[..(colon + 1)]);
        hmac.AppendData(rawBody);
        Span<byte> expected = stackalloc byte[SignatureBytes];
        hmac.GetHashAndReset(expected);
        return CryptographicOperations.FixedTimeEquals(expected, claimed);
    }

    // Unix time in seconds, as MultiSafepay sends it (e.g. 1641218884); eleven digits reach the year 5138.
    private static bool TryReadSeconds(ReadOnlySpan<byte> text, out long seconds)
    {
        seconds = 0;
        if (text.Length is 0 or > 11)
        {
            return false;
        }

        foreach (var digit in text)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            seconds = (seconds * 10) + (digit - '0');
        }

        return true;
    }

    private static bool TryReadHex(ReadOnlySpan<byte> text, Span<byte> bytes)
    {
        if (text.Length != bytes.Length * 2)
        {
            return false;
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            var high = Nibble(text[2 * i]);
            var low = Nibble(text[(2 * i) + 1]);
            if (high < 0 || low < 0)
            {
                return false;
            }

            bytes[i] = (byte)((high << 4) | low);
        }

        return true;
    }

    private static int Nibble(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
