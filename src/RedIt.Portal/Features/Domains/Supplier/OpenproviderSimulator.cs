using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace RedIt.Portal.Features.Domains.Supplier;

// Openprovider's API in-process, for Development and tests: the real client talks to it over an
// HttpClient, so the request and answer shapes are exercised as in production. A name is taken
// when it starts with "taken" or is a well-known one; every other name is free.
public sealed class OpenproviderSimulator : HttpMessageHandler
{
    private static readonly HashSet<string> WellKnown = new(StringComparer.OrdinalIgnoreCase) { "google", "example", "red-it", "microsoft" };

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

            return Json(new JsonObject { ["code"] = 0, ["desc"] = "", ["data"] = new JsonObject { ["results"] = results } });
        }

        return Json(new JsonObject { ["code"] = 404, ["desc"] = "Not found" }, HttpStatusCode.NotFound);
    }

    private static HttpResponseMessage Json(JsonObject body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = JsonContent.Create(body) };
}
