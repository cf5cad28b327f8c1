using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Billing.Payments;

// New payments go to the configured provider; a payment already started is followed up with the
// provider that took it, even after the setting changed.
public sealed class PaymentProviders(IEnumerable<IPaymentProvider> providers, IOptions<PaymentOptions> options)
{
    public IPaymentProvider Current => Find(options.Value.Provider)
        ?? throw new InvalidOperationException($"Payments:Provider is {options.Value.Provider}, which is not one of: {string.Join(", ", providers.Select(p => p.Name))}.");

    public IPaymentProvider? Find(string name) => providers.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
