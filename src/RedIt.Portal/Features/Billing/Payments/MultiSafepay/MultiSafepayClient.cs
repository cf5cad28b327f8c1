using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Billing.Payments.MultiSafepay;

// MultiSafepay's JSON API (/v1/json/): the website's API key in the api_key header (set by
// MultiSafepaySetup), answers as {"success":true,"data":{...}} or {"success":false,"error_code":..,
// "error_info":".."}. An order's answer carries the payer's name, address, IBAN or card details: it
// is read field by field, only what MultiSafepayOrderStatus holds is taken out, and no body is logged.
public sealed class MultiSafepayClient(HttpClient http, IOptions<MultiSafepayOptions> options, ILogger<MultiSafepayClient> log)
{
    // MultiSafepay's answer to an order id it has no order for.
    private const int UnknownOrder = 1006;

    public async Task<MultiSafepayCheckout> CreateOrderAsync(MultiSafepayOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.OrderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Description);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.AmountInCents);
        // MultiSafepay's limits: an order id of at most 50 characters, a description of at most 200.
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.OrderId.Length, 50);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Description.Length, 200);
        foreach (var url in new[] { request.NotificationUrl, request.RedirectUrl, request.CancelUrl })
        {
            ArgumentNullException.ThrowIfNull(url, nameof(request));
            if (!url.IsAbsoluteUri)
            {
                throw new ArgumentException("MultiSafepay needs absolute addresses to notify and to send the payer back to.", nameof(request));
            }
        }

        var body = new OrderBody(
            "redirect",
            request.OrderId,
            "EUR",
            request.AmountInCents,
            request.Description,
            new PaymentOptionsBody(request.NotificationUrl.AbsoluteUri, "POST", request.RedirectUrl.AbsoluteUri, request.CancelUrl.AbsoluteUri, CloseWindow: false),
            new CustomerBody(Locale(request.Locale)));
        using var message = new HttpRequestMessage(HttpMethod.Post, "orders")
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };

        var checkout = await ExchangeAsync(message, "POST orders", unknownIsNull: false, data =>
            Uri.TryCreate(Text(data, "payment_url"), UriKind.Absolute, out var paymentUrl) && paymentUrl.Scheme == Uri.UriSchemeHttps
                ? new MultiSafepayCheckout(Text(data, "order_id") ?? request.OrderId, paymentUrl)
                : throw new MultiSafepayException("MultiSafepay answered POST orders without an https payment_url.", statusCode: HttpStatusCode.OK), cancellationToken);
        return checkout!;
    }

    public async Task<MultiSafepayOrderStatus?> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        using var message = new HttpRequestMessage(HttpMethod.Get, "orders/" + Uri.EscapeDataString(orderId));
        return await ExchangeAsync(message, "GET orders/{order_id}", unknownIsNull: true, data =>
            MultiSafepayOrderReader.Read(data, orderId)
                ?? throw new MultiSafepayException("MultiSafepay answered GET orders/{order_id} without a status, amount or currency.", statusCode: HttpStatusCode.OK), cancellationToken);
    }

    // Sends, and hands the answer's "data" to read while the parsed answer is alive; nothing of it
    // outlives this call but what read returns. Null when unknownIsNull and MultiSafepay has no such order.
    private async Task<T?> ExchangeAsync<T>(HttpRequestMessage message, string what, bool unknownIsNull, Func<JsonElement, T> read, CancellationToken cancellationToken)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(options.Value.ApiKey))
        {
            throw new MultiSafepayException($"MultiSafepay:ApiKey is not set, so {what} was not sent.");
        }

        HttpResponseMessage response;
        try
        {
            // The whole answer is read within the client's timeout; an order's answer is a few kilobytes.
            response = await http.SendAsync(message, cancellationToken);
        }
        catch (Exception problem) when (problem is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new MultiSafepayException($"MultiSafepay did not answer {what}.", inner: problem);
        }

        using (response)
        {
            var status = response.StatusCode;
            JsonDocument answer;
            try
            {
                await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
                answer = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            }
            catch (JsonException problem)
            {
                if (unknownIsNull && status == HttpStatusCode.NotFound)
                {
                    return null;
                }

                log.LogWarning("MultiSafepay answered {StatusCode} to {Request} with something that is not JSON", (int)status, what);
                throw new MultiSafepayException($"MultiSafepay answered {what} with {(int)status} and no JSON.", statusCode: status, inner: problem);
            }
            catch (Exception problem) when (problem is HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                throw new MultiSafepayException($"MultiSafepay's answer to {what} broke off.", statusCode: null, inner: problem);
            }

            using (answer)
            {
                var root = answer.RootElement;
                var succeeded = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.True;
                if (succeeded && response.IsSuccessStatusCode && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
                {
                    return read(data);
                }

                var code = root.ValueKind == JsonValueKind.Object ? Number(root, "error_code") : null;
                if (unknownIsNull && (status == HttpStatusCode.NotFound || code == UnknownOrder))
                {
                    return null;
                }

                var info = root.ValueKind == JsonValueKind.Object ? Text(root, "error_info") : null;
                log.LogWarning("MultiSafepay answered {StatusCode} to {Request} with error {ErrorCode}", (int)status, what, code);
                throw new MultiSafepayException(
                    $"MultiSafepay refused {what} with {(int)status}" + (code is null ? "" : $", error {code.Value.ToString(CultureInfo.InvariantCulture)}") + (info is null ? "." : $": {info}"),
                    code is null ? null : (int)code.Value,
                    status);
            }
        }
    }

    // MultiSafepay wants "nl_NL"; the portal's cultures are written "nl-NL".
    private static string Locale(string locale) => string.IsNullOrWhiteSpace(locale) ? "nl_NL" : locale.Trim().Replace('-', '_');

    internal static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    // MultiSafepay writes some numbers as strings ("amount":"1000" in its own examples).
    internal static long? Number(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        } : null;

    private sealed record OrderBody(
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("order_id")] string OrderId,
        [property: JsonPropertyName("currency")] string Currency,
        [property: JsonPropertyName("amount")] long Amount,
        [property: JsonPropertyName("description")] string Description,
        [property: JsonPropertyName("payment_options")] PaymentOptionsBody PaymentOptions,
        [property: JsonPropertyName("customer")] CustomerBody Customer);

    private sealed record PaymentOptionsBody(
        [property: JsonPropertyName("notification_url")] string NotificationUrl,
        [property: JsonPropertyName("notification_method")] string NotificationMethod,
        [property: JsonPropertyName("redirect_url")] string RedirectUrl,
        [property: JsonPropertyName("cancel_url")] string CancelUrl,
        // The payment page opens in the same window as the portal, not in a pop-up to close.
        [property: JsonPropertyName("close_window")] bool CloseWindow);

    private sealed record CustomerBody([property: JsonPropertyName("locale")] string Locale);
}
