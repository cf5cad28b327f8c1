namespace RedIt.Portal.Features.Billing;

// In the order a payment moves on: a later notification never moves it back, so notifications
// that arrive out of order leave the furthest status the provider reported.
public enum PaymentStatus
{
    Initiated,
    Failed,
    Completed,
    Refunded,
}
