using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace RedIt.Portal.Features.Billing.Collection.DasIncasso;

// DAS Incasso's claim intake in-process, for Development: the real client talks to it, so a
// newcomer sees a claim handed over without a contract. It takes a claim with a debtor and at
// least one invoice, gives it an id, and gives the same id again for a reference it has.
public sealed class DasIncassoSimulator : HttpMessageHandler
{
    public const string BaseUrl = "https://dasincasso.simulator/api/v1/";

    private readonly ConcurrentDictionary<string, string> _claims = new(StringComparer.Ordinal);
    private int _ids = 70_000;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Any key does, even the empty one of a Development setup; a request without the header does not.
        if (!request.Headers.Contains("X-Api-Key"))
        {
            return Answer(HttpStatusCode.Unauthorized, new JsonObject { ["error"] = "missing API key" });
        }

        if (request.Method != HttpMethod.Post || !request.RequestUri!.AbsolutePath.EndsWith("/claims", StringComparison.Ordinal))
        {
            return Answer(HttpStatusCode.NotFound, new JsonObject { ["error"] = "not found" });
        }

        JsonNode? claim;
        try
        {
            claim = JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
        }
        catch (System.Text.Json.JsonException)
        {
            claim = null;
        }

        var reference = (string?)claim?["reference"];
        if (claim?["debtor"]?["name"] is null || claim["invoices"] is not JsonArray { Count: > 0 } || string.IsNullOrWhiteSpace(reference))
        {
            return Answer(HttpStatusCode.UnprocessableEntity, new JsonObject { ["error"] = "a claim needs a debtor, an invoice and a reference" });
        }

        var known = _claims.ContainsKey(reference);
        var id = _claims.GetOrAdd(reference, _ => "SIM-" + Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture));
        return Answer(known ? HttpStatusCode.OK : HttpStatusCode.Created, new JsonObject { ["claimId"] = id });
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, JsonObject body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
}
