using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Billing.Vat.Vies;

// VIES's REST API (POST check-vat-number, JSON). An answer about the number has "valid"; anything
// else is VIES saying it cannot answer, as {"actionSucceed":false,"errorWrappers":[{"error":...}]}
// on a 200 as often as on a 4xx or 5xx. Only INVALID_INPUT is about the number; every other code,
// known or not, means "ask again later", so a number is never taken for invalid because a register
// was down. The log names the country and VIES's code, never the number: a sole trader's is
// personal data.
public sealed class ViesClient(HttpClient http, IOptions<ViesOptions> options, TimeProvider clock, ILogger<ViesClient> log) : IVatNumberRegistry
{
    private const string InvalidInput = "INVALID_INPUT";

    // What each of VIES's codes means for the operator who reads why checks wait.
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["SERVICE_UNAVAILABLE"] = "VIES itself is not available",
        ["MS_UNAVAILABLE"] = "the member state's register is not answering VIES",
        ["TIMEOUT"] = "the member state's register did not answer VIES in time",
        ["MS_MAX_CONCURRENT_REQ"] = "the member state's register has too many requests at once",
        ["MS_MAX_CONCURRENT_REQ_TIME"] = "the member state's register has too many requests at once",
        ["GLOBAL_MAX_CONCURRENT_REQ"] = "VIES has too many requests at once",
        ["GLOBAL_MAX_CONCURRENT_REQ_TIME"] = "VIES has too many requests at once",
        ["INVALID_REQUESTER_INFO"] = "VIES does not accept the requester's VAT number (Vies:RequesterCountryCode and RequesterVatNumber)",
        ["IP_BLOCKED"] = "VIES blocks requests from this address",
        ["VAT_BLOCKED"] = "VIES blocks requests about this number",
    };

    private static readonly string[] TimestampFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK"];

    public async Task<VatNumberCheck> CheckAsync(string countryCode, string vatNumber, CancellationToken cancellationToken = default)
    {
        var number = ViesVatNumber.Parse(countryCode, vatNumber);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.RequesterVatNumber))
        {
            log.LogError("No VAT number is checked until {Setting} is set to RED-IT's own VAT number", ViesOptions.Section + ":RequesterVatNumber");
            throw new VatRegistryUnavailableException($"{ViesOptions.Section}:RequesterVatNumber is not set");
        }

        var requester = ViesVatNumber.Parse(settings.RequesterCountryCode, settings.RequesterVatNumber);
        var body = JsonSerializer.Serialize(new CheckRequest(number.CountryCode, number.Number, requester.CountryCode, requester.Number));
        using var request = new HttpRequestMessage(HttpMethod.Post, "check-vat-number") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception problem) when (problem is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            log.LogWarning("VIES did not answer a check of a {CountryCode} VAT number: {Problem}", number.CountryCode, problem.GetType().Name);
            throw new VatRegistryUnavailableException(problem is TaskCanceledException
                ? $"VIES did not answer within the {settings.TimeoutSeconds.ToString(CultureInfo.InvariantCulture)}-second timeout"
                : "VIES could not be reached", problem);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var answer = await ReadAsync(response, cancellationToken);
            var error = answer?.ErrorWrappers?.Select(e => e?.Error ?? e?.Message).FirstOrDefault(e => !string.IsNullOrWhiteSpace(e));
            if (answer is { ActionSucceed: false } || error is not null)
            {
                return FromErrorCode(number, error ?? "(no error code)", status);
            }

            if (!response.IsSuccessStatusCode || answer?.Valid is not { } valid)
            {
                log.LogWarning("VIES answered {StatusCode} without a verdict to a check of a {CountryCode} VAT number", status, number.CountryCode);
                throw new VatRegistryUnavailableException($"VIES answered {status.ToString(CultureInfo.InvariantCulture)} without a verdict");
            }

            return new VatNumberCheck(
                valid,
                Given(answer.CountryCode) ?? number.CountryCode,
                Given(answer.VatNumber) ?? number.Number,
                Given(answer.RequestIdentifier),
                CheckedAt(answer.RequestDate),
                Given(answer.Name));
        }
    }

    private VatNumberCheck FromErrorCode(ViesVatNumber number, string error, int status)
    {
        if (error == InvalidInput)
        {
            // VIES's word that this is no number of that member state at all.
            return new VatNumberCheck(false, number.CountryCode, number.Number, null, clock.GetUtcNow().UtcDateTime, null);
        }

        var reason = Reasons.TryGetValue(error, out var meaning) ? $"{error}: {meaning}" : $"VIES answered {error}";
        if (error is "INVALID_REQUESTER_INFO" or "IP_BLOCKED")
        {
            // Ours to fix, and no check succeeds until it is.
            log.LogError("VIES refused a check of a {CountryCode} VAT number with {Error} ({StatusCode})", number.CountryCode, error, status);
        }
        else
        {
            log.LogWarning("VIES could not check a {CountryCode} VAT number: {Error} ({StatusCode})", number.CountryCode, error, status);
        }

        throw new VatRegistryUnavailableException(reason);
    }

    private static async Task<Answer?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<Answer>(text);
        }
        catch (JsonException)
        {
            // A proxy's error page or a cut-off answer: no verdict either way.
            return null;
        }
    }

    // VIES's own time of the check, which the consultation number belongs to; the clock's when
    // VIES gives only a date or nothing.
    private DateTime CheckedAt(string? requestDate) =>
        DateTimeOffset.TryParseExact(requestDate, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at.UtcDateTime
            : clock.GetUtcNow().UtcDateTime;

    // VIES writes "---" for what a member state does not disclose, and "" for what it has not.
    private static string? Given(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Trim() == "---" ? null : value.Trim();

    private sealed record CheckRequest(
        [property: JsonPropertyName("countryCode")] string CountryCode,
        [property: JsonPropertyName("vatNumber")] string VatNumber,
        [property: JsonPropertyName("requesterMemberStateCode")] string RequesterMemberStateCode,
        [property: JsonPropertyName("requesterNumber")] string RequesterNumber);

    private sealed record Answer(
        [property: JsonPropertyName("countryCode")] string? CountryCode,
        [property: JsonPropertyName("vatNumber")] string? VatNumber,
        [property: JsonPropertyName("requestDate")] string? RequestDate,
        [property: JsonPropertyName("valid")] bool? Valid,
        [property: JsonPropertyName("requestIdentifier")] string? RequestIdentifier,
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("actionSucceed")] bool? ActionSucceed,
        [property: JsonPropertyName("errorWrappers")] ErrorWrapper?[]? ErrorWrappers);

    private sealed record ErrorWrapper(
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("message")] string? Message);
}
