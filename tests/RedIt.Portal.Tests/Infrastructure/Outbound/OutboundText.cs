using System.Net;
using System.Text;
using System.Text.Json;

namespace RedIt.Portal.Tests.Infrastructure.Outbound;

// Turns what went over the wire into the texts a personal value could hide in. JSON is read as
// values, because the serializer escapes "é" and "+"; form bodies are URL-decoded; base64 and
// base64url strings (a JWS payload, a DER CSR) are decoded and searched too, to any depth.
public static class OutboundText
{
    private const int MaxDepth = 4;

    public static IReadOnlyList<string> Of(Uri url, string? body)
    {
        ArgumentNullException.ThrowIfNull(url);
        var texts = new List<string>();

        // The host is left out: a local test server's 127.0.0.1 is not anyone's address.
        var pathAndQuery = url.IsAbsoluteUri ? url.PathAndQuery : url.OriginalString;
        texts.Add(WebUtility.UrlDecode(pathAndQuery));
        if (!string.IsNullOrEmpty(body))
        {
            Add(texts, body, 0);
            texts.Add(WebUtility.UrlDecode(body));
        }

        return texts;
    }

    private static void Add(List<string> texts, string text, int depth)
    {
        texts.Add(text);
        if (depth >= MaxDepth)
        {
            return;
        }

        foreach (var value in JsonStrings(text))
        {
            Add(texts, value, depth + 1);
        }

        if (Decoded(text) is { } decoded)
        {
            Add(texts, decoded, depth + 1);
        }
    }

    private static List<string> JsonStrings(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0 || (trimmed[0] != '{' && trimmed[0] != '['))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var strings = new List<string>();
            Collect(document.RootElement, strings);
            return strings;
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static void Collect(JsonElement element, List<string> strings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                strings.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, strings);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, strings);
                }

                break;
            default:
                // Numbers are searched as the raw body text.
                strings.Add(element.GetRawText());
                break;
        }
    }

    // Base64 or base64url of at least a few bytes, read as Latin-1 so DER's ASCII strings survive.
    private static string? Decoded(string text)
    {
        var candidate = text.Trim();
        if (candidate.Length < 8 || candidate.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '-' or '_' or '=')))
        {
            return null;
        }

        var standard = candidate.Replace('-', '+').Replace('_', '/').TrimEnd('=');
        standard = standard.PadRight(standard.Length + ((4 - (standard.Length % 4)) % 4), '=');
        try
        {
            return Encoding.Latin1.GetString(Convert.FromBase64String(standard));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
