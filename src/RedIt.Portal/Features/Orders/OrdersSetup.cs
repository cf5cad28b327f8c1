using RedIt.Portal.Features.Orders.Basket;

namespace RedIt.Portal.Features.Orders;

public static class OrdersSetup
{
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddScoped<CustomerBasket>();
        services.AddScoped<Checkout.OrderPlacement>();
        services.AddScoped<Checkout.DomainRegistrants>();
        services.AddScoped<Checkout.OrderMails>();
        services.AddScoped<Mine.MyOrders>();
        services.AddScoped<Staff.OrderDesk>();
        return services;
    }
}
