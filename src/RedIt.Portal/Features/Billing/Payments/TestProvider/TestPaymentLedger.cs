using System.Collections.Concurrent;

namespace RedIt.Portal.Features.Billing.Payments.TestProvider;

// The test provider's own books: what the "customer" chose on its checkout page. Kept in memory,
// as a provider's state is not the portal's; the portal stores what it was told, like with any provider.
public sealed class TestPaymentLedger
{
    private readonly ConcurrentDictionary<string, (decimal Amount, PaymentStatus Status)> _payments = new(StringComparer.Ordinal);

    public void Open(string reference, decimal amount) => _payments[reference] = (amount, PaymentStatus.Initiated);

    public (decimal Amount, PaymentStatus Status)? Find(string reference) => _payments.TryGetValue(reference, out var payment) ? payment : null;

    // Only an open payment is paid or failed, once.
    public bool Settle(string reference, PaymentStatus status) =>
        _payments.TryGetValue(reference, out var payment) && payment.Status == PaymentStatus.Initiated
        && _payments.TryUpdate(reference, (payment.Amount, status), payment);
}
