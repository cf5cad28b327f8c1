using System.Globalization;
using System.Text.Json;
using RedIt.Portal.Infrastructure.Time;

namespace RedIt.Portal.Features.Billing.Payments.MultiSafepay;

// The "data" of GET orders/{order_id}, reduced to what the portal keeps. The customer object and the
// account holder's name are never read; of the card or account number only the last four digits are.
internal static class MultiSafepayOrderReader
{
    public static MultiSafepayOrderStatus? Read(JsonElement data, string askedFor)
    {
        var status = MultiSafepayClient.Text(data, "status");
        var amount = MultiSafepayClient.Number(data, "amount");
        var currency = MultiSafepayClient.Text(data, "currency");
        if (string.IsNullOrEmpty(status) || amount is null || string.IsNullOrEmpty(currency))
        {
            return null;
        }

        var details = data.TryGetProperty("payment_details", out var found) && found.ValueKind == JsonValueKind.Object ? found : (JsonElement?)null;
        var method = details is { } d ? MultiSafepayClient.Text(d, "type") : null;
        return new MultiSafepayOrderStatus(
            MultiSafepayClient.Text(data, "order_id") ?? askedFor,
            status,
            amount.Value,
            currency,
            string.IsNullOrWhiteSpace(method) ? null : method,
            details is { } withReference ? MaskedPaymentReference.Of(withReference) : null,
            Modified(MultiSafepayClient.Text(data, "modified")));
    }

    // MultiSafepay writes its timestamps without an offset, in Amsterdam time: the documented
    // notification signed at 1641218884 (14:08:04 UTC) was created "2022-01-03T15:08:02".
    private static DateTime? Modified(string? text)
    {
        if (DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            return AmsterdamTime.Zone.IsInvalidTime(local) ? null : TimeZoneInfo.ConvertTimeToUtc(local, AmsterdamTime.Zone);
        }

        return DateTimeOffset.TryParseExact(text, ["yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
            ? withOffset.UtcDateTime
            : null;
    }
}
