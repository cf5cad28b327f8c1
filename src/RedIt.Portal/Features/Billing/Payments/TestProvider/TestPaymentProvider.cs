namespace RedIt.Portal.Features.Billing.Payments.TestProvider;

// Development's provider: its checkout page is part of the portal, so a newcomer pays an invoice
// without an account anywhere. Refused in Production (StartupChecks).
public sealed class TestPaymentProvider(TestPaymentLedger ledger) : IPaymentProvider
{
    public string Name => PaymentOptions.Test;

    public Task<Uri> StartAsync(PaymentStart start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        ledger.Open(start.Reference, start.Amount);
        return Task.FromResult(new Uri(start.ReturnUrl, "/payments/test/" + Uri.EscapeDataString(start.Reference)));
    }

    public Task<ProviderPayment?> StatusAsync(string reference, CancellationToken cancellationToken = default) =>
        Task.FromResult(ledger.Find(reference) is { } payment ? new ProviderPayment(payment.Status, payment.Amount, "Test", null) : null);
}
