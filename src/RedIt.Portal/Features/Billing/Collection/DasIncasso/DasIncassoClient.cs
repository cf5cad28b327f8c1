using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Billing.Collection.DasIncasso;

// DAS Incasso's claim intake as agreed with RED-IT; DAS Incasso publishes no API, so this is the
// interface of the agreement: POST {BaseUrl}/claims with the key in X-Api-Key and the claim as
// JSON, answered 201 (or 200 for a reference it already has, so a retry after a lost answer makes
// no second claim) with {"claimId":"…"}. Should the agreed interface change, this file and
// DasIncassoSimulator are the places to change it. Only the status and the path are logged.
public sealed class DasIncassoClient(HttpClient http, IOptions<DasIncassoOptions> options, ILogger<DasIncassoClient> log) : ICollectionAgency
{
    private const string Path = "claims";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string Serialize(ClaimHandover claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var debtor = claim.Debtor;
        var body = new ClaimBody(
            new DebtorBody(debtor.Name, debtor.Street, debtor.HouseNumber, debtor.PostalCode, debtor.City, debtor.CountryCode),
            [.. claim.Invoices.Select(i => new InvoiceBody(i.Number, Date(i.IssuedOn), Date(i.DueOn), i.Amount, Convert.ToBase64String(i.Pdf)))],
            [.. claim.Communications.Select(c => new CommunicationBody(
                c.SentAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), Kind(c.Kind), c.Subject, c.Text))],
            claim.Reference);
        return JsonSerializer.Serialize(body, Json);
    }

    public async Task<string> HandOverAsync(string reference, string body, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        var settings = options.Value;
        if (!settings.IsConfigured || http.BaseAddress is null)
        {
            throw new CollectionAgencyUnavailableException("DasIncasso:BaseUrl and DasIncasso:ApiKey are not set.", sent: false);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", settings.ApiKey);
        request.Headers.Add("Idempotency-Key", reference);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception problem) when (problem is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new CollectionAgencyUnavailableException("DAS Incasso did not answer.", sent: true, problem);
        }

        using (response)
        {
            var code = response.StatusCode;
            var status = (int)code;
            if (response.IsSuccessStatusCode)
            {
                try
                {
                    var answer = await response.Content.ReadFromJsonAsync<ClaimAnswer>(Json, cancellationToken);
                    return answer?.ClaimId is { Length: > 0 } id
                        ? id
                        : throw new CollectionAgencyUnavailableException("DAS Incasso answered without a claim id.", sent: true);
                }
                catch (JsonException problem)
                {
                    throw new CollectionAgencyUnavailableException("DAS Incasso answered with something that is not JSON.", sent: true, problem);
                }
            }

            log.LogWarning("DAS Incasso answered {StatusCode} to POST {Path}", status, Path);
            if (status >= 500 || code is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout)
            {
                throw new CollectionAgencyUnavailableException($"DAS Incasso answered {status}.", sent: true);
            }

            throw new CollectionAgencyRefusedException($"DAS Incasso refused the claim with {status}.");
        }
    }

    public static string Kind(InvoiceCommunicationKind kind) => kind switch
    {
        InvoiceCommunicationKind.Reminder1 => "reminder-1",
        InvoiceCommunicationKind.Reminder2 => "reminder-2",
        InvoiceCommunicationKind.Reminder3 => "reminder-3",
        InvoiceCommunicationKind.FourteenDayLetter => "fourteen-day-letter",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record ClaimBody(DebtorBody Debtor, InvoiceBody[] Invoices, CommunicationBody[] Communications, string Reference);

    private sealed record DebtorBody(string Name, string Street, string HouseNumber, string PostalCode, string City, string CountryCode);

    private sealed record InvoiceBody(string Number, string IssuedOn, string DueOn, decimal Amount, string PdfBase64);

    private sealed record CommunicationBody(string SentAt, string Kind, string Subject, string Text);

    private sealed record ClaimAnswer(string? ClaimId);
}
