namespace RedIt.Portal.Features.Orders;

public enum OrderStatus
{
    AwaitingPayment,
    Paid,
    Provisioning,
    Completed,
    Failed,
    Cancelled,
}
