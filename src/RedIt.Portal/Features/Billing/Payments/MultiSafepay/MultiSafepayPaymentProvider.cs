using System.Globalization;

namespace RedIt.Portal.Features.Billing.Payments.MultiSafepay;

public sealed class MultiSafepayPaymentProvider(MultiSafepayClient client) : IPaymentProvider
{
    public string Name => PaymentOptions.MultiSafepay;

    public async Task<Uri> StartAsync(PaymentStart start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        try
        {
            var checkout = await client.CreateOrderAsync(new MultiSafepayOrderRequest(
                start.Reference,
                checked((long)Math.Round(start.Amount * 100m, MidpointRounding.AwayFromZero)),
                start.Description,
                start.NotificationUrl,
                start.ReturnUrl,
                start.CancelUrl,
                start.Culture.StartsWith("nl", StringComparison.Ordinal) ? "nl_NL" : "en_GB"), cancellationToken);
            return checkout.PaymentUrl;
        }
        catch (Exception e) when (e is MultiSafepayException or HttpRequestException or TaskCanceledException)
        {
            throw new PaymentProviderException("MultiSafepay did not start the payment.", e);
        }
    }

    public async Task<ProviderPayment?> StatusAsync(string reference, CancellationToken cancellationToken = default)
    {
        var order = await client.GetOrderAsync(reference, cancellationToken);
        return order is null || !string.Equals(order.Currency, "EUR", StringComparison.Ordinal)
            ? null
            : new ProviderPayment(Map(order.Status), order.AmountInCents / 100m, order.Method, order.MaskedReference);
    }

    // MultiSafepay's order statuses: only "completed" is money received; "uncleared" waits for the
    // bank, and a refund or chargeback takes it back.
    private static PaymentStatus Map(string status) => status.ToLower(CultureInfo.InvariantCulture) switch
    {
        "completed" => PaymentStatus.Completed,
        "refunded" or "partial_refunded" or "chargedback" => PaymentStatus.Refunded,
        "declined" or "cancelled" or "canceled" or "expired" or "void" => PaymentStatus.Failed,
        _ => PaymentStatus.Initiated,
    };
}
