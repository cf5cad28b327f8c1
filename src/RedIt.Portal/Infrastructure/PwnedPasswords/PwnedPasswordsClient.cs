using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RedIt.Portal.Infrastructure.PwnedPasswords;

// The k-anonymity range API (https://haveibeenpwned.com/API/v3#PwnedPasswords): only the first
// five hex characters of the password's SHA-1 leave the portal, shared by hundreds of other
// passwords, and the answer is padded so its size says nothing either. No personal data is sent,
// so no disclosure is recorded.
public sealed class PwnedPasswordsClient(HttpClient http, ILogger<PwnedPasswordsClient> log) : IPwnedPasswords
{
    public async Task<PwnedAnswer> CheckAsync(string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(password);
        var (prefix, suffix) = Split(password);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("range/" + prefix, UriKind.Relative));
            request.Headers.Add("Add-Padding", "true");
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                log.LogWarning("Pwned Passwords answered {StatusCode}; the password was checked against the offline list only", (int)response.StatusCode);
                return PwnedAnswer.NoAnswer;
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return IsListed(body, suffix) ? PwnedAnswer.Listed : PwnedAnswer.NotListed;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            log.LogWarning("Pwned Passwords did not answer within {Timeout}; the password was checked against the offline list only", http.Timeout);
            return PwnedAnswer.NoAnswer;
        }
        catch (HttpRequestException failure)
        {
            log.LogWarning("Pwned Passwords could not be reached ({Error}); the password was checked against the offline list only", failure.HttpRequestError);
            return PwnedAnswer.NoAnswer;
        }
    }

    private static (string Prefix, string Suffix) Split(string password)
    {
#pragma warning disable CA5350 // SHA-1 is what the range API is keyed on; nothing here relies on its strength.
        var hash = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(password)));
#pragma warning restore CA5350
        return (hash[..5], hash[5..]);
    }

    // Lines of SUFFIX:COUNT; the padding lines have a count of 0 and list nothing.
    private static bool IsListed(string body, string suffix)
    {
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            var colon = line.IndexOf(':');
            if (colon > 0
                && line[..colon].Trim().Equals(suffix, StringComparison.OrdinalIgnoreCase)
                && long.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                return count > 0;
            }
        }

        return false;
    }
}
