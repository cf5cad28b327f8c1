namespace RedIt.Portal.Features.Billing;

public enum PaymentStatus
{
    Initiated,
    Completed,
    Failed,
    Refunded,
}
