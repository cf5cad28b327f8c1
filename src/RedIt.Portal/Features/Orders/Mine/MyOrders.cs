using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Orders.Mine;

// A customer's own orders, newest first; another customer's order is not found.
public sealed class MyOrders(PortalDbContext db)
{
    public const int PageSize = 25;

    public Task<Paged<MyOrderRow>> PageAsync(Guid customerId, int page, CancellationToken cancellationToken = default) =>
        db.Set<Order>().AsNoTracking()
            .Where(o => o.CustomerId == customerId)
            .OrderByDescending(o => o.PlacedAt).ThenBy(o => o.Id)
            .ToPagedAsync(o => new MyOrderRow(o.Number, o.PlacedAt, o.Status, o.TotalExclVat, o.Lines.Count), page, PageSize, cancellationToken);

    public async Task<MyOrderView?> FindAsync(Guid customerId, string number, CancellationToken cancellationToken = default)
    {
        var order = await db.Set<Order>().AsNoTracking()
            .Where(o => o.CustomerId == customerId && o.Number == number)
            .Select(o => new MyOrderRow(o.Number, o.PlacedAt, o.Status, o.TotalExclVat, o.Lines.Count))
            .SingleOrDefaultAsync(cancellationToken);
        if (order is null)
        {
            return null;
        }

        return new MyOrderView(order, await OrderLines.OfAsync(db, number, cancellationToken));
    }
}

public sealed record MyOrderRow(string Number, DateTime PlacedAt, OrderStatus Status, decimal TotalExclVat, int LineCount);

public sealed record MyOrderView(MyOrderRow Order, IReadOnlyList<OrderLineRow> Lines);
