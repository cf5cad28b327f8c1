using System.Net;
using System.Text.Json;
using RedIt.Portal.Features.Billing.Payments.MultiSafepay;
using RedIt.Portal.Privacy;
using RedIt.Portal.Tests.Infrastructure.Outbound;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RedIt.Portal.Tests.Billing.MultiSafepay;

// Paying an invoice through MultiSafepay (2.4): the order that is created carries the amount, the
// description and where to come back, and nothing of the customer.
[Trait("Policy", "2.4")]
[Collection(MultiSafepayCollection.Name)]
public sealed class MultiSafepayClientTests(MultiSafepayPortal portal)
{
    private static MultiSafepayOrderRequest Order(string orderId) => new(
        orderId,
        12100,
        "RED-IT invoice 2026-0042",
        new Uri("https://portal.red-it.nl/payments/multisafepay/notification"),
        new Uri("https://portal.red-it.nl/invoices/2026-0042/paid"),
        new Uri("https://portal.red-it.nl/invoices/2026-0042"),
        "nl-NL");

    [Fact]
    public async Task A_redirect_order_sends_amount_description_urls_and_locale_only_with_the_api_key_and_returns_the_payment_page()
    {
        var orderId = RecordedMultiSafepay.NewOrderId();
        portal.Api.AnswerCreate(orderId, 200, RecordedMultiSafepay.Created(orderId));

        var checkout = await portal.Client.CreateOrderAsync(Order(orderId));

        Assert.Equal(orderId, checkout.OrderId);
        Assert.Equal(new Uri("https://payv2.multisafepay.com/connect/99wi0OTuiCaTY2nwEiEOybWpVx8MNwrJ75c/?lang=nl_NL"), checkout.PaymentUrl);
        var sent = Assert.Single(portal.Api.LogEntries, e => e.RequestMessage.Method == "POST" && e.RequestMessage.Body?.Contains(orderId, StringComparison.Ordinal) == true).RequestMessage;
        Assert.Equal("/v1/json/orders", sent.Path);
        Assert.Equal(MultiSafepayPortal.ApiKey, Assert.Single(sent.Headers!["api_key"]));
        Assert.StartsWith("application/json", sent.Headers["Content-Type"].Single(), StringComparison.Ordinal);
        Assert.Equal(
            $$$"""{"type":"redirect","order_id":"{{{orderId}}}","currency":"EUR","amount":12100,"description":"RED-IT invoice 2026-0042","payment_options":{"notification_url":"https://portal.red-it.nl/payments/multisafepay/notification","notification_method":"POST","redirect_url":"https://portal.red-it.nl/invoices/2026-0042/paid","cancel_url":"https://portal.red-it.nl/invoices/2026-0042","close_window":false},"customer":{"locale":"nl_NL"}}""",
            sent.Body);

        // Nothing MultiSafepay could take for the payer: no name, e-mail, address, phone or IP address.
        using var body = JsonDocument.Parse(sent.Body!);
        Assert.Equal(["locale"], body.RootElement.GetProperty("customer").EnumerateObject().Select(p => p.Name));
        var names = Names(body.RootElement).ToList();
        foreach (var personal in new[] { "first_name", "last_name", "email", "company_name", "address1", "address2", "house_number", "zip_code", "city", "country", "phone", "ip_address", "forwarded_ip", "delivery", "gateway_info" })
        {
            Assert.DoesNotContain(personal, names);
        }

        // The portal's outbound check knows this client as the one that talks to MultiSafepay.
        var outbound = Assert.Single(portal.Outbound.Sent, r => r.Url.AbsolutePath == "/v1/json/orders" && r.Texts.Any(t => t.Contains(orderId, StringComparison.Ordinal)));
        Assert.Equal(Recipients.MultiSafepay.Name, ClientRecipients.Find(outbound.Client)?.Recipient);
    }

    [Fact]
    public async Task A_refused_order_raises_MultiSafepays_error_code_and_is_not_tried_again()
    {
        var orderId = RecordedMultiSafepay.NewOrderId();
        portal.Api.AnswerCreate(orderId, 400, RecordedMultiSafepay.Error(1001, "Invalid amount"));

        var refused = await Assert.ThrowsAsync<MultiSafepayException>(() => portal.Client.CreateOrderAsync(Order(orderId)));

        Assert.Equal(1001, refused.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(refused.IsTransient);
        Assert.Contains("Invalid amount", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_in_a_successful_status_is_still_an_error()
    {
        var orderId = RecordedMultiSafepay.NewOrderId();
        portal.Api.AnswerCreate(orderId, 200, RecordedMultiSafepay.Error(1006, "Invalid transaction ID"));

        var refused = await Assert.ThrowsAsync<MultiSafepayException>(() => portal.Client.CreateOrderAsync(Order(orderId)));

        Assert.Equal(1006, refused.ErrorCode);
    }

    [Fact]
    public async Task A_server_error_without_JSON_is_worth_trying_again()
    {
        var orderId = RecordedMultiSafepay.NewOrderId();
        portal.Api.Given(Request.Create().WithPath("/v1/json/orders").UsingPost().WithBody(b => b?.Contains(orderId, StringComparison.Ordinal) == true))
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "text/html").WithBody("<html><body>503 Service Unavailable</body></html>"));

        var unavailable = await Assert.ThrowsAsync<MultiSafepayException>(() => portal.Client.CreateOrderAsync(Order(orderId)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.Null(unavailable.ErrorCode);
        Assert.True(unavailable.IsTransient);
    }

    [Fact]
    public async Task An_order_MultiSafepay_does_not_know_is_null()
    {
        var orderId = RecordedMultiSafepay.NewOrderId();
        portal.Api.AnswerGet(orderId, 404, RecordedMultiSafepay.Error(1006, "Invalid transaction ID"));

        Assert.Null(await portal.Client.GetOrderAsync(orderId));
        var asked = Assert.Single(portal.Api.LogEntries, e => e.RequestMessage.Path == "/v1/json/orders/" + orderId).RequestMessage;
        Assert.Equal(MultiSafepayPortal.ApiKey, Assert.Single(asked.Headers!["api_key"]));
    }

    [Fact]
    public async Task A_refused_status_request_is_an_error_not_an_unknown_order()
    {
        var orderId = RecordedMultiSafepay.NewOrderId();
        portal.Api.AnswerGet(orderId, 401, RecordedMultiSafepay.Error(1032, "Invalid API key"));

        var refused = await Assert.ThrowsAsync<MultiSafepayException>(() => portal.Client.GetOrderAsync(orderId));

        Assert.Equal((1032, HttpStatusCode.Unauthorized), (refused.ErrorCode, refused.StatusCode));
    }

    [Fact]
    public async Task An_order_id_is_sent_escaped_as_one_path_segment()
    {
        var orderId = "INV/" + Guid.NewGuid().ToString("N")[..8] + " 1";
        portal.Api.Given(Request.Create().UsingGet().WithPath(p => p?.StartsWith("/v1/json/orders/INV", StringComparison.Ordinal) == true && p.Contains(orderId[4..12], StringComparison.Ordinal)))
            .RespondWith(RecordedMultiSafepay.Json(200, RecordedMultiSafepay.InitializedIdeal(orderId)));

        var status = await portal.Client.GetOrderAsync(orderId);

        Assert.Equal((orderId, "initialized"), (status!.OrderId, status.Status));
        var asked = Assert.Single(portal.Api.LogEntries, e => e.RequestMessage.Path.Contains(orderId[4..12], StringComparison.Ordinal)).RequestMessage;
        // The slash stays in the one path segment the order id is.
        Assert.Contains("/orders/INV%2F" + orderId[4..12], asked.AbsoluteUrl, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Names(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Names(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Names),
        _ => [],
    };
}
