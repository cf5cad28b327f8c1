using RedIt.Portal.Data;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Orders;

internal static class OrdersWorld
{
    // A product of its own for one test, so no other test's product or price is in its way.
    public static Task<Product> ProductAsync(PortalFactory portal, ProductKind kind, decimal price, bool active = true, bool quotation = false) =>
        portal.WithDbAsync(async db =>
        {
            var code = $"test-{Guid.NewGuid():N}"[..30];
            var product = new Product
            {
                Id = Guid.NewGuid(), Kind = kind, Code = code, NameEn = "Product " + code, NameNl = "Product " + code,
                PriceExclVat = price, PeriodMonths = 1, Active = active, QuotationOnly = quotation, RackUnits = kind == ProductKind.Colocation ? 1 : null,
                CreatedAt = DateTime.UtcNow,
            };
            db.Add(product);
            await db.SaveChangesAsync();
            return product;
        });

    // The customer's orders in every status, each with two lines, so a list that read the lines
    // per order would show. Added to the context; the caller saves.
    public static List<Order> AddOrders(PortalDbContext db, Guid customerId, int count, DateTime now)
    {
        var product = new Product
        {
            Id = Guid.NewGuid(), Kind = ProductKind.Colocation, Code = $"seed-{Guid.NewGuid():N}"[..30], NameEn = "Rack unit", NameNl = "Rackunit",
            PriceExclVat = 10m, PeriodMonths = 1, Active = true, RackUnits = 1, CreatedAt = now,
        };
        db.Add(product);
        var orders = new List<Order>();
        for (var i = 0; i < count; i++)
        {
            var order = new Order
            {
                // A year no real order has, so these meet no number the portal hands out.
                Id = Guid.NewGuid(), Number = $"ORD-1998-{Guid.NewGuid():N}"[..20], CustomerId = customerId, PlacedAt = now.AddMinutes(-i),
                Status = (OrderStatus)(i % Enum.GetValues<OrderStatus>().Length), TotalExclVat = 20m,
            };
            for (var l = 0; l < 2; l++)
            {
                order.Lines.Add(new OrderLine
                {
                    Id = Guid.NewGuid(), OrderId = order.Id, ProductId = product.Id, ProductKind = product.Kind, Description = $"Rack unit {l + 1}",
                    Quantity = 1, PeriodMonths = 1, UnitPriceExclVat = 10m, TotalExclVat = 10m,
                });
            }

            db.Add(order);
            orders.Add(order);
        }

        return orders;
    }
}
