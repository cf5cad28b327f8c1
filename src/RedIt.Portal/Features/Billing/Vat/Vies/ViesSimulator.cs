using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace RedIt.Portal.Features.Billing.Vat.Vies;

// VIES's check-vat-number in-process, for Development and tests: the real client talks to it and
// nothing leaves the machine. The rule, by the national part (the number after its country code):
// - starting with 999999999 (e.g. DE999999999): MS_UNAVAILABLE, so the queued check can be seen;
// - ending in B01 (e.g. NL123456789B01) or in an even digit (e.g. DE123456788, BE0123456786): valid;
// - anything else (e.g. DE123456789): not valid.
// A valid number is registered to "SIMULATED TRADER", and, as VIES does only when the requester's
// own number is given, the check gets a consultation number like "WAPIAAAAX7Q2KD9M".
public sealed class ViesSimulator(TimeProvider clock) : HttpMessageHandler
{
    public const string UnavailablePrefix = "999999999";

    private const string ConsultationCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method != HttpMethod.Post || !request.RequestUri!.AbsolutePath.EndsWith("/check-vat-number", StringComparison.Ordinal) || request.Content is null)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        var body = JsonNode.Parse(await request.Content.ReadAsStringAsync(cancellationToken)) as JsonObject;
        var country = (string?)body?["countryCode"] ?? "";
        var number = (string?)body?["vatNumber"] ?? "";
        var requester = (string?)body?["requesterNumber"] ?? "";
        if (country.Length != 2 || number.Length == 0)
        {
            return Error("INVALID_INPUT");
        }

        if (number.StartsWith(UnavailablePrefix, StringComparison.Ordinal))
        {
            return Error("MS_UNAVAILABLE");
        }

        var valid = number.EndsWith("B01", StringComparison.Ordinal) || number[^1] is '0' or '2' or '4' or '6' or '8';
        return Json(new JsonObject
        {
            ["countryCode"] = country,
            ["vatNumber"] = number,
            ["requestDate"] = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["valid"] = valid,
            ["requestIdentifier"] = requester.Length > 0 ? "WAPIAAAAX" + RandomNumberGenerator.GetString(ConsultationCharacters, 7) : "",
            ["name"] = valid ? "SIMULATED TRADER" : "---",
            ["address"] = valid ? "SIMULATED STREET 1\n1000 AA SIMULATED" : "---",
            ["traderName"] = "---",
            ["traderStreet"] = "---",
            ["traderPostalCode"] = "---",
            ["traderCity"] = "---",
            ["traderCompanyType"] = "---",
            ["traderNameMatch"] = "NOT_PROCESSED",
            ["traderStreetMatch"] = "NOT_PROCESSED",
            ["traderPostalCodeMatch"] = "NOT_PROCESSED",
            ["traderCityMatch"] = "NOT_PROCESSED",
            ["traderCompanyTypeMatch"] = "NOT_PROCESSED",
        });
    }

    // VIES answers an error on a 200, as {"actionSucceed":false,"errorWrappers":[{"error":...}]}.
    private static HttpResponseMessage Error(string code) =>
        Json(new JsonObject { ["actionSucceed"] = false, ["errorWrappers"] = new JsonArray(new JsonObject { ["error"] = code }) });

    private static HttpResponseMessage Json(JsonObject body) =>
        new(HttpStatusCode.OK) { Content = JsonContent.Create(body) };
}
