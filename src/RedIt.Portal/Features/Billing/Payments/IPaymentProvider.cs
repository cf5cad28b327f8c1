namespace RedIt.Portal.Features.Billing.Payments;

// A party that takes the customer's payment on its own page. The portal sends it nothing of the
// customer (2.4: "we don't actively share data with them"): an amount, our reference and where to
// send the customer back; what the provider learns, it learns from the payer on its page.
public interface IPaymentProvider
{
    // As stored on PaymentRecord.Provider.
    string Name { get; }

    // Where to send the customer to pay.
    Task<Uri> StartAsync(PaymentStart start, CancellationToken cancellationToken = default);

    // What the provider says of the payment now; null when it does not know it.
    Task<ProviderPayment?> StatusAsync(string reference, CancellationToken cancellationToken = default);
}

public sealed record PaymentStart(string Reference, decimal Amount, string Description, string Culture, Uri ReturnUrl, Uri CancelUrl, Uri NotificationUrl);

// Never a card or account number: at most a masked reference such as "**** 4242" (1.1).
public sealed record ProviderPayment(PaymentStatus Status, decimal Amount, string? Method, string? MaskedReference);

// The provider could not be reached or refused the request; the customer can try again.
public sealed class PaymentProviderException(string message, Exception? innerException = null) : Exception(message, innerException);
