using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Colocation.Datacenter;

// Equinix's work-visit orders (Customer Portal API, colocations v2): a bearer token from
// /oauth2/v1/token with client credentials, POST /colocations/v2/orders/workVisits orders a visit
// and answers its order id in the Location header, POST /colocations/v2/orders/{id}/cancel cancels it.
public sealed class EquinixClient(HttpClient http, EquinixToken token, IOptions<DatacenterOptions> options, ILogger<EquinixClient> log) : IDatacenterProvider
{
    // Equinix asks a reason of at least five characters; it is ours, never the customer's words.
    public const string CancelReason = "Cancelled by the customer";

    private const string WorkVisits = "colocations/v2/orders/workVisits";

    public async Task<string> ScheduleAsync(WorkVisit visit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var account = options.Value;
        if (!account.Simulate && account.Cage.Length == 0)
        {
            throw new DatacenterUnavailableException($"{DatacenterOptions.Section}:Cage is not configured.");
        }

        var cage = new CageRequest(
            account.Simulate && account.Cage.Length == 0 ? "AM1:01:SIMULATED" : account.Cage,
            account.AccountNumber.Length == 0 ? null : account.AccountNumber,
            visit.Rack);
        var body = new WorkVisitRequest(
            new WorkVisitDetails(
                [cage],
                Timestamp(visit.StartsAtUtc),
                Timestamp(visit.EndsAtUtc),
                [.. visit.Visitors.Select(v => new VisitorRequest(v.FirstName, v.LastName, account.VisitorCompany))]),
            visit.CustomerReference);
        using var response = await SendAsync(HttpMethod.Post, WorkVisits, body, cancellationToken);

        // The order is in the Location header ("/orders/1-44556677"); without it the order may still
        // exist, and the visit's id in customerReferenceId finds it on Equinix's side.
        var location = response.Headers.Location?.OriginalString;
        var id = location?.TrimEnd('/').Split('/')[^1];
        if (string.IsNullOrWhiteSpace(id))
        {
            log.LogWarning("Equinix answered {StatusCode} to {Path} without an order id", (int)response.StatusCode, WorkVisits);
            throw new DatacenterUnavailableException("Equinix answered workVisits without an order id.");
        }

        return id;
    }

    public async Task CancelAsync(string reference, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        using var _ = await SendAsync(HttpMethod.Post, $"colocations/v2/orders/{Uri.EscapeDataString(reference)}/cancel", new CancelRequest(CancelReason), cancellationToken);
    }

    // ISO 8601 in UTC, as Equinix writes its own times: "2026-12-24T08:00:00Z".
    private static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // One new token after a refused one. A failure of Equinix itself (5xx, a timeout, no connection,
    // 408 or 429) is worth trying again; any other refusal of the request is not. Only the path, the
    // status and Equinix's error code are logged and kept: its messages can quote the names sent.
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object body, CancellationToken cancellationToken)
    {
        var what = path.StartsWith(WorkVisits, StringComparison.Ordinal) ? WorkVisits : "orders/{id}/cancel";
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            string bearer;
            try
            {
                bearer = await token.GetAsync(LoginAsync, cancellationToken);
                using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
                request.Headers.Authorization = new("Bearer", bearer);
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                log.LogWarning("Equinix could not be reached for {Path}: {Error}", what, failure.GetType().Name);
                throw new DatacenterUnavailableException("Equinix could not be reached.", failure);
            }

            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
                {
                    token.Forget(bearer);
                    continue;
                }

                var status = (int)response.StatusCode;
                var code = await ErrorCodeAsync(response, cancellationToken);
                var answer = code.Length == 0 ? $"{status}" : $"{status} {code}";
                log.LogWarning("Equinix answered {StatusCode} {ErrorCode} to {Path}", status, code, what);
                if (status >= 500 || response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
                {
                    throw new DatacenterUnavailableException($"Equinix answered {answer} to {what}.");
                }

                throw new DatacenterRefusedException($"Equinix refused {what} with {answer}.");
            }
        }
    }

    // Equinix answers errors as [{"errorCode":"EQ-2042010","errorMessage":…}]: only the code is kept.
    private static async Task<string> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var errors = await response.Content.ReadFromJsonAsync<ErrorAnswer[]>(cancellationToken);
            var code = errors?.FirstOrDefault()?.ErrorCode ?? "";
            return code.Length <= 20 && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? code : "";
        }
        catch (Exception problem) when (problem is System.Text.Json.JsonException or NotSupportedException or InvalidOperationException or HttpRequestException)
        {
            return "";
        }
    }

    private async Task<(string Token, TimeSpan Lifetime)> LoginAsync(CancellationToken cancellationToken)
    {
        var account = options.Value;
        if (!account.Simulate && (account.ClientId.Length == 0 || account.ClientSecret.Length == 0))
        {
            throw new DatacenterUnavailableException($"{DatacenterOptions.Section}:ClientId and ClientSecret are not configured.");
        }

        using var response = await http.PostAsJsonAsync(new Uri("oauth2/v1/token", UriKind.Relative),
            new TokenRequest("client_credentials", account.ClientId, account.ClientSecret), cancellationToken);
        var answer = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken) : null;
        if (answer?.AccessToken is not { Length: > 0 } value)
        {
            log.LogWarning("Equinix refused the token request with {StatusCode}", (int)response.StatusCode);
            throw new DatacenterUnavailableException("Equinix refused the token request.");
        }

        var seconds = int.TryParse(answer.TokenTimeout, NumberStyles.None, CultureInfo.InvariantCulture, out var timeout) && timeout > 0 ? timeout : 3599;
        return (value, TimeSpan.FromSeconds(seconds));
    }

    private sealed record TokenRequest(
        [property: JsonPropertyName("grant_type")] string GrantType,
        [property: JsonPropertyName("client_id")] string ClientId,
        [property: JsonPropertyName("client_secret")] string ClientSecret);

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("token_timeout")] string? TokenTimeout);

    private sealed record WorkVisitRequest(
        [property: JsonPropertyName("details")] WorkVisitDetails Details,
        [property: JsonPropertyName("customerReferenceId")] string CustomerReferenceId);

    private sealed record WorkVisitDetails(
        [property: JsonPropertyName("cages")] CageRequest[] Cages,
        [property: JsonPropertyName("visitStartDateTime")] string VisitStartDateTime,
        [property: JsonPropertyName("visitEndDateTime")] string VisitEndDateTime,
        [property: JsonPropertyName("visitors")] VisitorRequest[] Visitors);

    private sealed record CageRequest(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("accountNumber"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AccountNumber,
        [property: JsonPropertyName("cabinetId")] string CabinetId);

    private sealed record VisitorRequest(
        [property: JsonPropertyName("firstName")] string FirstName,
        [property: JsonPropertyName("lastName")] string LastName,
        [property: JsonPropertyName("companyName")] string CompanyName);

    private sealed record CancelRequest([property: JsonPropertyName("reason")] string Reason);

    private sealed record ErrorAnswer([property: JsonPropertyName("errorCode")] string? ErrorCode);
}
