namespace RedIt.Portal.Features.Billing.Payments.MultiSafepay;

// A redirect order in euros. Nothing of the customer goes with it (2.4): MultiSafepay's payment
// page asks the payer for what the chosen method needs, and the locale only picks its language.
public sealed record MultiSafepayOrderRequest(
    string OrderId,
    long AmountInCents,
    string Description,
    Uri NotificationUrl,
    Uri RedirectUrl,
    Uri CancelUrl,
    string Locale);
