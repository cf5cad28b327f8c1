using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using RedIt.Portal.Features.Accounts;

namespace RedIt.Benchmarks;

// A browser-like client of the portal over real HTTP: it keeps cookies, and signs in through the
// sign-in form with that form's antiforgery token, as a person would.
internal sealed partial class StaffSession : IDisposable
{
    private readonly HttpClient _client;

    private StaffSession(Uri baseUrl)
    {
        _client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };
        // The row count is read from the English page.
        _client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
    }

    public static Task<StaffSession> SignInAsync(Uri baseUrl) =>
        SignInAsync(baseUrl, DevelopmentAccounts.SupportEmail, DevelopmentAccounts.Password);

    // Any account with a password: a staff member of a given role, or a customer.
    public static async Task<StaffSession> SignInAsync(Uri baseUrl, string email, string password)
    {
        var session = new StaffSession(baseUrl);
        var form = await session.GetTextAsync("/account/login");
        var token = AntiforgeryToken().Match(form) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        });
        using var signedIn = await session._client.PostAsync(new Uri("/account/login", UriKind.Relative), body);
        // Signed in, the portal sends a person on; a wrong password or a second factor keeps them under /account.
        if (signedIn.StatusCode != HttpStatusCode.Redirect || signedIn.Headers.Location?.OriginalString.StartsWith("/account/", StringComparison.Ordinal) != false)
        {
            throw new InvalidOperationException($"Signing in as {email} answered {(int)signedIn.StatusCode} {signedIn.Headers.Location}.");
        }

        return session;
    }

    // Anything but 200 (a redirect to two-factor set-up or to the sign-in page) is no page to time.
    public async Task<string> GetTextAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}.");
        }

        return await response.Content.ReadAsStringAsync();
    }

    // The same, for a file (an invoice's PDF) rather than a page.
    public async Task<byte[]> GetBytesAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}.");
        }

        return await response.Content.ReadAsByteArrayAsync();
    }

    // What an address answers, for a page the portal may not have yet, without taking a 404 for a failure.
    public async Task<HttpStatusCode> StatusOfAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
        return response.StatusCode;
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
