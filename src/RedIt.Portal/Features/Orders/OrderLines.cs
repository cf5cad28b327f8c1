using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.Orders;

// An order's lines as the customer and staff both see them: as ordered, never as the catalogue is now.
public static class OrderLines
{
    // The caller has checked that the order may be shown to whoever asks.
    public static async Task<IReadOnlyList<OrderLineRow>> OfAsync(PortalDbContext db, string orderNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Set<OrderLine>().AsNoTracking()
            .Where(l => l.Order.Number == orderNumber)
            .OrderBy(l => l.Description).ThenBy(l => l.Id)
            .Select(l => new OrderLineRow(l.Description, l.Quantity, l.UnitPriceExclVat, l.PeriodMonths, l.TotalExclVat))
            .ToListAsync(cancellationToken);
    }
}

public sealed record OrderLineRow(string Description, int Quantity, decimal UnitPriceExclVat, int PeriodMonths, decimal TotalExclVat);

public sealed record OrderLinesTable(IReadOnlyList<OrderLineRow> Lines, decimal TotalExclVat);
