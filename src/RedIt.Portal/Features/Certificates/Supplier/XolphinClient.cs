using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Certificates.Supplier;

// Xolphin's REST API (api.xolphin.com/v1): basic authentication, requests posted as form fields,
// answers in JSON with related objects under "_embedded". Only the status and the path are logged,
// never the fields sent.
public sealed class XolphinClient(HttpClient http, IOptions<XolphinOptions> options, ILogger<XolphinClient> log) : ICertificateSupplier
{
    public async Task<string> RequestAsync(CertificateOrder order, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(order);
        var settings = options.Value;
        var fields = new List<(string Name, string Value)>
        {
            ("product", (order.Level == CertificateValidationLevel.OrganisationValidated ? settings.OrganisationValidatedProduct : settings.DomainValidatedProduct).ToString(CultureInfo.InvariantCulture)),
            ("years", order.Years.ToString(CultureInfo.InvariantCulture)),
            ("csr", order.CsrPem),
            // Our hosting platform places the validation file, so no mailbox has to approve it.
            ("dcvType", "FILE"),
        };
        if (order.CompanyName is { } company)
        {
            fields.Add(("company", company));
        }
        else
        {
            fields.Add(("approverFirstName", order.FirstName!));
            fields.Add(("approverLastName", order.LastName!));
        }

        fields.AddRange([
            ("address", order.Address),
            ("zipcode", order.PostalCode),
            ("city", order.City),
            ("country", order.CountryCode),
            ("approverEmail", order.Email),
            ("reference", order.Reference),
        ]);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value, Encoding.UTF8), name);
        }

        var answer = await SendAsync<RequestData>(HttpMethod.Post, "requests", form, cancellationToken);
        return answer is { Id: > 0 }
            ? answer.Id.ToString(CultureInfo.InvariantCulture)
            : throw new CertificateSupplierUnavailableException("Xolphin answered requests without an id.");
    }

    // The newest requests come first; a request whose answer was lost is minutes old.
    public async Task<string?> FindAsync(string reference, CancellationToken cancellationToken = default)
    {
        var answer = await SendAsync<RequestList>(HttpMethod.Get, "requests?page=1", content: null, cancellationToken);
        return (answer?.Embedded?.Requests ?? []).FirstOrDefault(r => string.Equals(r.Reference, reference, StringComparison.Ordinal)) is { Id: > 0 } found
            ? found.Id.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    public async Task<string?> IssuedCertificateAsync(string requestId, CancellationToken cancellationToken = default)
    {
        var answer = await SendAsync<RequestData>(HttpMethod.Get, "requests/" + Uri.EscapeDataString(requestId), content: null, cancellationToken);
        return answer?.Embedded?.Certificate is { Id: > 0 } certificate ? certificate.Id.ToString(CultureInfo.InvariantCulture) : null;
    }

    // The leaf ("CRT") and the intermediates ("CA_BUNDLE"), in that order.
    public async Task<string> DownloadAsync(string certificateId, CancellationToken cancellationToken = default)
    {
        var path = "certificates/" + Uri.EscapeDataString(certificateId) + "/download?format=";
        var leaf = await TextAsync(path + "CRT", cancellationToken);
        var bundle = await TextAsync(path + "CA_BUNDLE", cancellationToken);
        return leaf.TrimEnd() + "\n" + bundle.Trim() + "\n";
    }

    private async Task<string> TextAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await ExchangeAsync(HttpMethod.Get, path, content: null, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    private async Task<TData?> SendAsync<TData>(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var response = await ExchangeAsync(method, path, content, cancellationToken);
        try
        {
            return await response.Content.ReadFromJsonAsync<TData>(cancellationToken);
        }
        catch (System.Text.Json.JsonException problem)
        {
            throw new CertificateSupplierUnavailableException($"Xolphin answered {Path(path)} with something that is not JSON.", problem);
        }
    }

    // Down, slow, throttled or not letting us in is tried again later; any other 4xx is a refusal of
    // this request, which trying again will not change.
    private async Task<HttpResponseMessage> ExchangeAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        var settings = options.Value;
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.Username + ":" + settings.Password)));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception problem) when (problem is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new CertificateSupplierUnavailableException($"Xolphin did not answer {Path(path)}.", problem);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        var code = response.StatusCode;
        var status = (int)code;
        response.Dispose();
        log.LogWarning("Xolphin answered {StatusCode} to {Method} {Path}", status, method, Path(path));
        if (status >= 500 || code is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout)
        {
            throw new CertificateSupplierUnavailableException($"Xolphin answered {Path(path)} with {status}.");
        }

        throw new CertificateSupplierRefusedException($"Xolphin refused {Path(path)} with {status}.");
    }

    // The path without its query: an id is no personal data, but a query could carry anything.
    private static string Path(string path) => path.Split('?')[0];

    private sealed record RequestData(
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("reference")] string? Reference,
        [property: JsonPropertyName("_embedded")] RequestEmbedded? Embedded);

    private sealed record RequestEmbedded([property: JsonPropertyName("certificate")] CertificateData? Certificate);

    private sealed record CertificateData([property: JsonPropertyName("id")] long Id);

    private sealed record RequestList([property: JsonPropertyName("_embedded")] RequestListEmbedded? Embedded);

    private sealed record RequestListEmbedded([property: JsonPropertyName("requests")] RequestData[]? Requests);
}
