using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Web;

namespace RedIt.Portal.Features.Domains.Supplier;

// Openprovider's API in-process, for Development and tests: the real client talks to it over an
// HttpClient, so the request and answer shapes are exercised as in production. A name is taken
// when it starts with "taken" or is a well-known one; every other name is free. Customers get a
// handle and domains an id from counters; registered domains are remembered for as long as this
// handler lives, so the domain list finds them.
public sealed class OpenproviderSimulator : HttpMessageHandler
{
    // Openprovider's code for a domain that cannot be registered because it exists.
    public const int DomainExistsCode = 346;

    // The simulator's code for a transfer the current registrar refuses: an auth code starting with
    // "wrong" is refused, as is the transfer of a name nobody has registered.
    public const int TransferRefusedCode = 399;

    private static readonly HashSet<string> WellKnown = new(StringComparer.OrdinalIgnoreCase) { "google", "example", "red-it", "microsoft" };

    private readonly ConcurrentDictionary<string, JsonObject> _domains = new(StringComparer.OrdinalIgnoreCase);
    private int _customers;
    private int _domainIds = 10_000_000;

    public static bool IsTaken(string label) =>
        WellKnown.Contains(label) || label.StartsWith("taken", StringComparison.OrdinalIgnoreCase);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.RequestUri!.AbsolutePath;
        if (path.EndsWith("/auth/login", StringComparison.Ordinal))
        {
            return Json(new JsonObject { ["code"] = 0, ["desc"] = "", ["data"] = new JsonObject { ["token"] = "simulated-" + Guid.NewGuid().ToString("N"), ["reseller_id"] = 1 } });
        }

        if (request.Headers.Authorization?.Parameter?.StartsWith("simulated-", StringComparison.Ordinal) != true)
        {
            return Json(new JsonObject { ["code"] = 196, ["desc"] = "Authentication/Authorization Failed" }, HttpStatusCode.Unauthorized);
        }

        if (path.EndsWith("/domains/check", StringComparison.Ordinal))
        {
            var body = await request.Content!.ReadFromJsonAsync<JsonObject>(cancellationToken);
            var results = new JsonArray();
            foreach (var domain in body?["domains"]?.AsArray() ?? [])
            {
                var name = (string)domain!["name"]!;
                var extension = (string)domain["extension"]!;
                results.Add(new JsonObject { ["domain"] = $"{name}.{extension}", ["status"] = IsTaken(name) ? "active" : "free" });
            }

            return Success(new JsonObject { ["results"] = results });
        }

        if (path.EndsWith("/customers", StringComparison.Ordinal) && request.Method == HttpMethod.Post)
        {
            var body = await request.Content!.ReadFromJsonAsync<JsonObject>(cancellationToken);
            var name = body?["name"];
            var handle = string.Create(CultureInfo.InvariantCulture, $"{Initial(name?["first_name"])}{Initial(name?["last_name"])}{Interlocked.Increment(ref _customers):D6}-NL");
            return Success(new JsonObject { ["handle"] = handle });
        }

        if (path.EndsWith("/domains", StringComparison.Ordinal) && request.Method == HttpMethod.Post)
        {
            return await RegisterAsync(request, cancellationToken);
        }

        if (path.EndsWith("/domains/transfer", StringComparison.Ordinal) && request.Method == HttpMethod.Post)
        {
            return await TransferAsync(request, cancellationToken);
        }

        if (path.Contains("/domains/", StringComparison.Ordinal) && request.Method == HttpMethod.Get)
        {
            var id = path[(path.LastIndexOf('/') + 1)..];
            var found = _domains.Values.FirstOrDefault(d => d["id"]!.ToString() == id);
            return found is null
                ? Json(new JsonObject { ["code"] = 320, ["desc"] = "Domain not found" }, HttpStatusCode.NotFound)
                : Success(found.DeepClone());
        }

        if (path.EndsWith("/domains", StringComparison.Ordinal) && request.Method == HttpMethod.Get)
        {
            var fullName = HttpUtility.ParseQueryString(request.RequestUri.Query)["full_name"] ?? "";
            var results = _domains.TryGetValue(fullName, out var found) ? new JsonArray(found.DeepClone()) : [];
            return Success(new JsonObject { ["results"] = results, ["total"] = results.Count });
        }

        // Renewing and changing name servers: the registry accepts any domain of the account.
        if (path.Contains("/domains/", StringComparison.Ordinal) && path.EndsWith("/renew", StringComparison.Ordinal) && request.Method == HttpMethod.Post)
        {
            return Success(new JsonObject { ["status"] = "ACT" });
        }

        if (path.Contains("/domains/", StringComparison.Ordinal) && request.Method == HttpMethod.Put)
        {
            return Success(new JsonObject { ["status"] = "ACT" });
        }

        return Json(new JsonObject { ["code"] = 404, ["desc"] = "Not found" }, HttpStatusCode.NotFound);
    }

    private async Task<HttpResponseMessage> RegisterAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (name, extension, domain, _) = await DomainOfAsync(request, cancellationToken);
        if (IsTaken(name) || !_domains.TryAdd($"{name}.{extension}", domain))
        {
            return Json(new JsonObject { ["code"] = DomainExistsCode, ["desc"] = "Domain already exists" }, HttpStatusCode.BadRequest);
        }

        return Success(domain.DeepClone());
    }

    // A transfer completes at once here; at a real registry it waits days for the current registrar.
    private async Task<HttpResponseMessage> TransferAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (name, extension, domain, body) = await DomainOfAsync(request, cancellationToken);
        var code = (string?)body?["auth_code"] ?? "";
        if (!IsTaken(name) || code.Length == 0 || code.StartsWith("wrong", StringComparison.OrdinalIgnoreCase)
            || !_domains.TryAdd($"{name}.{extension}", domain))
        {
            return Json(new JsonObject { ["code"] = TransferRefusedCode, ["desc"] = "Transfer refused" }, HttpStatusCode.BadRequest);
        }

        return Success(domain.DeepClone());
    }

    private async Task<(string Name, string Extension, JsonObject Domain, JsonObject? Body)> DomainOfAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadFromJsonAsync<JsonObject>(cancellationToken);
        var name = (string?)body?["domain"]?["name"] ?? "";
        var extension = (string?)body?["domain"]?["extension"] ?? "";
        var period = (int?)body?["period"] ?? 1;
        var domain = new JsonObject
        {
            ["id"] = Interlocked.Increment(ref _domainIds),
            ["domain"] = new JsonObject { ["name"] = name, ["extension"] = extension },
            ["status"] = "ACT",
            ["expiration_date"] = DateTime.UtcNow.AddYears(period).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        };
        return (name, extension, domain, body);
    }

    // Openprovider's handles start with the customer's initials, as in "JD000001-NL".
    private static char Initial(JsonNode? name) => char.ToUpperInvariant(((string?)name ?? "").FirstOrDefault('X'));

    private static HttpResponseMessage Success(JsonNode data) =>
        Json(new JsonObject { ["code"] = 0, ["desc"] = "", ["data"] = data });

    private static HttpResponseMessage Json(JsonObject body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = JsonContent.Create(body) };
}
