using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace RedIt.Portal.Features.Certificates.Acme;

// An ACME server in-process, for Development: the real client talks to it over an HttpClient, so
// the protocol is exercised as in production. Every challenge is valid at once (it cannot reach a
// newcomer's machine), and certificates come from a CA of its own that nobody trusts and whose
// name says so. A name starting with "refused." is rejected, as Let's Encrypt rejects a name it
// will not issue for. Its orders live as long as the process (a singleton state).
public sealed class AcmeSimulator(AcmeSimulator.State state) : HttpMessageHandler
{
    public const string DirectoryUrl = "https://acme.simulator/directory";

    private const string Base = "https://acme.simulator/";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.RequestUri!.AbsolutePath.Trim('/').Split('/');
        if (path is ["directory"])
        {
            return Json(new JsonObject { ["newNonce"] = Base + "new-nonce", ["newAccount"] = Base + "new-account", ["newOrder"] = Base + "new-order" });
        }

        if (path is ["new-nonce"])
        {
            return WithNonce(new HttpResponseMessage(HttpStatusCode.OK));
        }

        var payload = await PayloadAsync(request, cancellationToken);
        return WithNonce(path switch
        {
            ["new-account"] => Json(new JsonObject { ["status"] = "valid" }, HttpStatusCode.Created, Base + "account/" + Guid.NewGuid().ToString("N")),
            ["new-order"] => NewOrder(payload),
            ["order", var id] when state.Orders.TryGetValue(id, out var order) => Json(order.ToJson(id)),
            ["authz", var id] when state.Orders.TryGetValue(id, out var order) => Json(order.AuthorizationJson(id)),
            ["chall", var id] when state.Orders.TryGetValue(id, out var order) => Json(order.Answer(id)),
            ["finalize", var id] when state.Orders.TryGetValue(id, out var order) => Json(order.Finalize(id, (string)payload!["csr"]!, state)),
            ["cert", var id] when state.Orders.TryGetValue(id, out var order) && order.ChainPem is { } chain => Pem(chain),
            _ => Problem(HttpStatusCode.NotFound, "malformed"),
        });
    }

    private HttpResponseMessage NewOrder(JsonNode? payload)
    {
        var domain = (string)payload!["identifiers"]![0]!["value"]!;
        if (domain.StartsWith("refused.", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(HttpStatusCode.BadRequest, "rejectedIdentifier");
        }

        var id = Guid.NewGuid().ToString("N");
        var order = new SimulatedOrder(domain);
        state.Orders[id] = order;
        return Json(order.ToJson(id), HttpStatusCode.Created, Base + "order/" + id);
    }

    private static async Task<JsonNode?> PayloadAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is null)
        {
            return null;
        }

        var jws = JsonNode.Parse(await request.Content.ReadAsStringAsync(cancellationToken));
        var payload = (string?)jws?["payload"];
        return string.IsNullOrEmpty(payload) ? null : JsonNode.Parse(WebEncoders.Base64UrlDecode(payload));
    }

    private static HttpResponseMessage WithNonce(HttpResponseMessage response)
    {
        response.Headers.Add("Replay-Nonce", AcmeKey.Base64Url(RandomNumberGenerator.GetBytes(16)));
        return response;
    }

    private static HttpResponseMessage Json(JsonNode body, HttpStatusCode status = HttpStatusCode.OK, string? location = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (location is not null)
        {
            response.Headers.Location = new Uri(location);
        }

        return response;
    }

    private static HttpResponseMessage Pem(string chain)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(chain) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/pem-certificate-chain");
        return response;
    }

    private static HttpResponseMessage Problem(HttpStatusCode status, string type) => new(status)
    {
        Content = new StringContent(
            new JsonObject { ["type"] = AcmeProblemException.Prefix + type, ["status"] = (int)status }.ToJsonString(), Encoding.UTF8, "application/problem+json"),
    };

    // The simulator's orders and its CA, for as long as the portal runs.
    public sealed class State : IDisposable
    {
        private readonly Lazy<X509Certificate2> _root = new(CreateRoot);

        public ConcurrentDictionary<string, SimulatedOrder> Orders { get; } = new(StringComparer.Ordinal);

        public X509Certificate2 Root => _root.Value;

        public void Dispose()
        {
            if (_root.IsValueCreated)
            {
                _root.Value.Dispose();
            }
        }

        private static X509Certificate2 CreateRoot()
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=RED-IT development ACME simulator (not trusted)", key, HashAlgorithmName.SHA256);
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
            var now = DateTimeOffset.UtcNow;
            return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
        }
    }

    public sealed class SimulatedOrder(string domain)
    {
        private readonly string _token = AcmeKey.Base64Url(RandomNumberGenerator.GetBytes(32));
        private readonly Lock _lock = new();

        public string Status { get; private set; } = "pending";

        public string? ChainPem { get; private set; }

        public JsonObject ToJson(string id)
        {
            var order = new JsonObject
            {
                ["status"] = Status,
                ["identifiers"] = new JsonArray(new JsonObject { ["type"] = "dns", ["value"] = domain }),
                ["authorizations"] = new JsonArray(Base + "authz/" + id),
                ["finalize"] = Base + "finalize/" + id,
            };
            if (ChainPem is not null)
            {
                order["certificate"] = Base + "cert/" + id;
            }

            return order;
        }

        public JsonObject AuthorizationJson(string id)
        {
            var valid = Status != "pending";
            return new JsonObject
            {
                ["status"] = valid ? "valid" : "pending",
                ["identifier"] = new JsonObject { ["type"] = "dns", ["value"] = domain },
                ["challenges"] = new JsonArray(Challenge(id, valid)),
            };
        }

        public JsonObject Answer(string id)
        {
            lock (_lock)
            {
                if (Status == "pending")
                {
                    Status = "ready";
                }
            }

            return Challenge(id, valid: true);
        }

        public JsonObject Finalize(string id, string csr, State state)
        {
            lock (_lock)
            {
                if (Status == "ready")
                {
                    var request = CertificateRequest.LoadSigningRequest(
                        WebEncoders.Base64UrlDecode(csr), HashAlgorithmName.SHA256, CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions);
                    request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
                    request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
                    var now = DateTimeOffset.UtcNow;
                    using var leaf = request.Create(state.Root, now.AddMinutes(-5), now.AddDays(90), RandomNumberGenerator.GetBytes(16));
                    ChainPem = leaf.ExportCertificatePem() + "\n" + state.Root.ExportCertificatePem() + "\n";
                    Status = "valid";
                }
            }

            return ToJson(id);
        }

        private JsonObject Challenge(string id, bool valid) => new()
        {
            ["type"] = "http-01",
            ["url"] = Base + "chall/" + id,
            ["token"] = _token,
            ["status"] = valid ? "valid" : "pending",
        };
    }
}
