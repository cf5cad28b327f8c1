namespace RedIt.Portal.Features.Billing.Payments.MultiSafepay;

// Where the payer goes to pay the order.
public sealed record MultiSafepayCheckout(string OrderId, Uri PaymentUrl);
