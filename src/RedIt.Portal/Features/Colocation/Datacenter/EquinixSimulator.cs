using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace RedIt.Portal.Features.Colocation.Datacenter;

// Equinix's work-visit API in-process, for Development and tests: the real client talks to it over
// an HttpClient, so the request and answer shapes are exercised as in production. Every token is
// accepted for an hour; every visit with a cage, a window and visitors gets an order id from a
// counter, and only an order it handed out can be cancelled.
public sealed class EquinixSimulator : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, bool> _orders = new(StringComparer.Ordinal);
    private int _orderIds = 100_000_000;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.RequestUri!.AbsolutePath;
        if (path.EndsWith("/oauth2/v1/token", StringComparison.Ordinal))
        {
            return Json(HttpStatusCode.OK, new JsonObject
            {
                ["access_token"] = "simulated-" + Guid.NewGuid().ToString("N"),
                ["token_timeout"] = "3599",
                ["user_name"] = "redit-api",
                ["token_type"] = "Bearer",
            });
        }

        if (request.Headers.Authorization?.Parameter?.StartsWith("simulated-", StringComparison.Ordinal) != true)
        {
            return Error(HttpStatusCode.Unauthorized, "EQ-2042006", "Permission denied");
        }

        if (path.EndsWith("/colocations/v2/orders/workVisits", StringComparison.Ordinal) && request.Method == HttpMethod.Post)
        {
            var body = await request.Content!.ReadFromJsonAsync<JsonObject>(cancellationToken);
            var details = body?["details"];
            if (details?["cages"] is not JsonArray { Count: > 0 } || details["visitors"] is not JsonArray { Count: > 0 }
                || details["visitStartDateTime"] is null || details["visitEndDateTime"] is null)
            {
                return Error(HttpStatusCode.BadRequest, "EQ-2042010", "One or more property is having miss leading input fields/properties");
            }

            var id = string.Create(CultureInfo.InvariantCulture, $"1-{Interlocked.Increment(ref _orderIds)}");
            _orders[id] = true;
            var created = new HttpResponseMessage(HttpStatusCode.Created);
            created.Headers.Location = new Uri("/orders/" + id, UriKind.Relative);
            return created;
        }

        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts is [.., "orders", var orderId, "cancel"] && request.Method == HttpMethod.Post)
        {
            return _orders.TryUpdate(orderId, false, true)
                ? new HttpResponseMessage(HttpStatusCode.Accepted) { Headers = { Location = new Uri("/orders/" + orderId, UriKind.Relative) } }
                : Error(HttpStatusCode.NotFound, "EQ-2042004", "Order not found");
        }

        return Error(HttpStatusCode.NotFound, "EQ-2042004", "Not found");
    }

    private static HttpResponseMessage Error(HttpStatusCode status, string code, string message) =>
        Json(status, new JsonArray(new JsonObject { ["errorCode"] = code, ["errorMessage"] = message, ["correlationId"] = Guid.NewGuid().ToString("N") }));

    private static HttpResponseMessage Json(HttpStatusCode status, JsonNode body) =>
        new(status) { Content = JsonContent.Create(body) };
}
