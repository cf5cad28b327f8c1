using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;

namespace RedIt.Portal.Features.Certificates.Supplier;

// Xolphin's API in-process, for Development and tests: the real client talks to it, and every
// request is "validated" at once and signed by a simulated authority named as such, so a newcomer
// sees a DV or OV certificate delivered without a supplier account. A CSR for a name starting with
// "refused" is refused, as a real authority refuses a name it will not certify.
public sealed class XolphinSimulator : HttpMessageHandler
{
    private readonly ConcurrentDictionary<long, (string Reference, string Leaf)> _requests = new();
    private readonly Lazy<X509Certificate2> _authority = new(CreateAuthority);
    private long _ids = 500_000;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.RequestUri!.AbsolutePath;
        var query = request.RequestUri.Query;
        if (request.Headers.Authorization?.Scheme != "Basic")
        {
            return Json(new JsonObject { ["message"] = "Unauthorized" }, HttpStatusCode.Unauthorized);
        }

        if (path.EndsWith("/requests", StringComparison.Ordinal) && request.Method == HttpMethod.Post)
        {
            var fields = await FieldsAsync(request.Content!, cancellationToken);
            var leaf = Sign(fields.GetValueOrDefault("csr") ?? "");
            if (leaf is null)
            {
                return Json(new JsonObject { ["message"] = "The CSR was refused" }, HttpStatusCode.BadRequest);
            }

            var id = Interlocked.Increment(ref _ids);
            _requests[id] = (fields.GetValueOrDefault("reference") ?? "", leaf);
            return Json(new JsonObject { ["id"] = id, ["reference"] = _requests[id].Reference });
        }

        if (path.EndsWith("/requests", StringComparison.Ordinal))
        {
            var list = new JsonArray(_requests.OrderByDescending(r => r.Key).Select(r => (JsonNode)new JsonObject { ["id"] = r.Key, ["reference"] = r.Value.Reference }).ToArray());
            return Json(new JsonObject { ["page"] = 1, ["pages"] = 1, ["_embedded"] = new JsonObject { ["requests"] = list } });
        }

        // Validated at once: the certificate has the request's id.
        var requested = long.TryParse(path[(path.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        if (path.Contains("/requests/", StringComparison.Ordinal) && _requests.ContainsKey(requested))
        {
            return Json(new JsonObject { ["id"] = requested, ["_embedded"] = new JsonObject { ["certificate"] = new JsonObject { ["id"] = requested } } });
        }

        // certificates/{id}/download?format=CRT|CA_BUNDLE
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length >= 3 && segments[^1] == "download" && long.TryParse(segments[^2], CultureInfo.InvariantCulture, out var certificate)
            && _requests.TryGetValue(certificate, out var issued))
        {
            var pem = query.Contains("CA_BUNDLE", StringComparison.Ordinal) ? _authority.Value.ExportCertificatePem() : issued.Leaf;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(pem + "\n") };
        }

        return Json(new JsonObject { ["message"] = "Not found" }, HttpStatusCode.NotFound);
    }

    private string? Sign(string csrPem)
    {
        try
        {
            var csr = CertificateRequest.LoadSigningRequestPem(csrPem, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions);
            if (csr.SubjectName.Name.Contains("CN=refused", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var serial = RandomNumberGenerator.GetBytes(16);
            using var leaf = csr.Create(_authority.Value, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(1), serial);
            return leaf.ExportCertificatePem();
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static X509Certificate2 CreateAuthority()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=RED-IT Simulated Certificate Authority (not trusted)", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
    }

    private static async Task<Dictionary<string, string>> FieldsAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (content is MultipartFormDataContent form)
        {
            foreach (var part in form)
            {
                if (part.Headers.ContentDisposition?.Name?.Trim('"') is { } name)
                {
                    fields[name] = await part.ReadAsStringAsync(cancellationToken);
                }
            }
        }

        return fields;
    }

    private static HttpResponseMessage Json(JsonObject body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = JsonContent.Create(body) };
}
