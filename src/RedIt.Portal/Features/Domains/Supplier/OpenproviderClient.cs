using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Domains.Supplier;

// Openprovider's REST API (v1beta): a bearer token from /auth/login, kept until it is refused,
// then /domains/check with the name and its extensions.
public sealed class OpenproviderClient(HttpClient http, OpenproviderToken token, IOptions<OpenproviderOptions> options, ILogger<OpenproviderClient> log) : IDomainSupplier
{
    public async Task<IReadOnlyList<DomainAvailability>> CheckAsync(string label, IReadOnlyList<string> tlds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tlds);
        if (tlds.Count == 0)
        {
            return [];
        }

        var body = new CheckRequest([.. tlds.Select(t => new CheckDomain(label, t))], WithPrice: false);
        var answer = await SendAsync<CheckAnswer>(HttpMethod.Post, "domains/check", body, cancellationToken);
        var statuses = (answer.Data?.Results ?? []).ToDictionary(r => r.Domain, r => r.Status, StringComparer.OrdinalIgnoreCase);
        return tlds.Select(t => new DomainAvailability(label, t, statuses.GetValueOrDefault(label + "." + t) switch
        {
            "free" => DomainAvailabilityStatus.Free,
            "active" or "reserved" => DomainAvailabilityStatus.Taken,
            _ => DomainAvailabilityStatus.Unknown,
        })).ToList();
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object body, CancellationToken cancellationToken)
        where T : IOpenproviderAnswer
    {
        for (var attempt = 0; ; attempt++)
        {
            var bearer = await token.GetAsync(LoginAsync, cancellationToken);
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
            request.Headers.Authorization = new("Bearer", bearer);
            try
            {
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized && attempt == 0)
                {
                    token.Forget(bearer);
                    continue;
                }

                var answer = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<T>(cancellationToken) : default;
                if (answer is null || answer.Code != 0)
                {
                    log.LogWarning("Openprovider answered {StatusCode} with code {Code} to {Path}", (int)response.StatusCode, answer?.Code, path);
                    throw new DomainSupplierUnavailableException($"Openprovider answered {(int)response.StatusCode} to {path}.");
                }

                return answer;
            }
            catch (Exception failure) when (failure is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                log.LogWarning("Openprovider could not be reached for {Path}: {Error}", path, failure.GetType().Name);
                throw new DomainSupplierUnavailableException("Openprovider could not be reached.", failure);
            }
        }
    }

    private async Task<string> LoginAsync(CancellationToken cancellationToken)
    {
        var account = options.Value;
        if (!account.Simulate && (account.Username.Length == 0 || account.Password.Length == 0))
        {
            throw new DomainSupplierUnavailableException($"{OpenproviderOptions.Section}:Username and Password are not configured.");
        }

        using var response = await http.PostAsJsonAsync(new Uri("auth/login", UriKind.Relative), new LoginRequest(account.Username, account.Password), cancellationToken);
        var answer = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<LoginAnswer>(cancellationToken) : null;
        if (answer?.Data?.Token is not { Length: > 0 } value)
        {
            log.LogWarning("Openprovider refused the login with {StatusCode}", (int)response.StatusCode);
            throw new DomainSupplierUnavailableException("Openprovider refused the login.");
        }

        return value;
    }

    private interface IOpenproviderAnswer
    {
        int Code { get; }
    }

    private sealed record LoginRequest([property: JsonPropertyName("username")] string Username, [property: JsonPropertyName("password")] string Password);

    private sealed record LoginAnswer([property: JsonPropertyName("code")] int Code, [property: JsonPropertyName("data")] LoginData? Data) : IOpenproviderAnswer;

    private sealed record LoginData([property: JsonPropertyName("token")] string? Token);

    private sealed record CheckRequest([property: JsonPropertyName("domains")] CheckDomain[] Domains, [property: JsonPropertyName("with_price")] bool WithPrice);

    private sealed record CheckDomain([property: JsonPropertyName("name")] string Name, [property: JsonPropertyName("extension")] string Extension);

    private sealed record CheckAnswer([property: JsonPropertyName("code")] int Code, [property: JsonPropertyName("data")] CheckData? Data) : IOpenproviderAnswer;

    private sealed record CheckData([property: JsonPropertyName("results")] CheckResult[]? Results);

    private sealed record CheckResult([property: JsonPropertyName("domain")] string Domain, [property: JsonPropertyName("status")] string Status);
}
