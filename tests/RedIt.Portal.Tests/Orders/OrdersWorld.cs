using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Features.Services;
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

    // Runs what is due, then brings every step that waits for a time forward, as if it had passed:
    // for tests that run the steps themselves, with the worker off.
    public static async Task RoundAsync(PortalFactory portal)
    {
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            while (await scope.ServiceProvider.GetRequiredService<ProvisioningRunner>().RunDueAsync() > 0)
            {
            }
        }

        await portal.WithDbAsync(db => db.Set<ProvisioningStep>()
            .Where(s => s.Status == ProvisioningStepStatus.Pending || s.Status == ProvisioningStepStatus.WaitingForSupplier)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextAttemptAt, DateTime.UtcNow.AddMinutes(-1))));
    }

    // The order's status once the provisioning worker stopped working on it (at most 30 seconds).
    public static async Task<OrderStatus> DeliveredAsync(PortalFactory portal, Guid orderId)
    {
        for (var waited = 0; ; waited += 100)
        {
            var status = await portal.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync());
            if (status is not (OrderStatus.Paid or OrderStatus.Provisioning) || waited >= 30_000)
            {
                return status;
            }

            await Task.Delay(100);
        }
    }

    // With the worker off: runs the due steps and brings the next attempt forward, until the order is no longer being delivered.
    public static async Task<OrderStatus> RunUntilSettledAsync(PortalFactory portal, Guid orderId)
    {
        for (var round = 0; round < 10; round++)
        {
            await using (var scope = portal.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ProvisioningRunner>().RunDueAsync();
            }

            var status = await portal.WithDbAsync(async db =>
            {
                await db.Set<ProvisioningStep>().Where(s => s.OrderId == orderId && s.Status == ProvisioningStepStatus.Pending)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.NextAttemptAt, DateTime.UtcNow.AddMinutes(-1)));
                return await db.Set<Order>().Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync();
            });
            if (status != OrderStatus.Provisioning)
            {
                return status;
            }
        }

        return OrderStatus.Provisioning;
    }

    // A domain extension of one test's own, with a made-up extension no other test uses.
    public static async Task<Product> DomainExtensionAsync(PortalFactory portal, decimal price, bool requiresGender = false)
    {
        var product = await ProductAsync(portal, ProductKind.DomainExtension, price);
        var tld = "t" + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8).ToArray()).PadRight(8, 'x');
        await portal.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == product.Id)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.Tld, tld).SetProperty(x => x.PeriodMonths, 12).SetProperty(x => x.RegistryRequiresGender, requiresGender)));
        product.Tld = tld;
        product.PeriodMonths = 12;
        product.RegistryRequiresGender = requiresGender;
        return product;
    }

    // The customer's services in every status, of one product. Added to the context; the caller saves.
    public static void AddServices(PortalDbContext db, Guid customerId, int count, DateTime now)
    {
        var product = new Product
        {
            Id = Guid.NewGuid(), Kind = ProductKind.Hosting, Code = $"seed-{Guid.NewGuid():N}"[..30], NameEn = "Hosting", NameNl = "Hosting",
            PriceExclVat = 5m, PeriodMonths = 12, Active = true, CreatedAt = now,
        };
        db.Add(product);
        for (var i = 0; i < count; i++)
        {
            db.Add(new Service
            {
                Id = Guid.NewGuid(), CustomerId = customerId, ProductId = product.Id, Kind = product.Kind,
                Name = $"site-{Guid.NewGuid():N}.nl", Status = (ServiceStatus)(i % Enum.GetValues<ServiceStatus>().Length),
                CreatedAt = now, RenewsOn = now.AddDays(i),
            });
        }
    }

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
