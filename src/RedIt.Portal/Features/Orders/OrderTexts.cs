namespace RedIt.Portal.Features.Orders;

// What an order's status means to the customer, as a resource key.
public static class OrderTexts
{
    public static string Status(OrderStatus status) => status switch
    {
        OrderStatus.AwaitingPayment => "Awaiting payment",
        OrderStatus.Paid => "Paid",
        OrderStatus.Provisioning => "Being delivered",
        OrderStatus.Completed => "Delivered",
        OrderStatus.Failed => "Delivery failed: we are on it",
        OrderStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };
}
