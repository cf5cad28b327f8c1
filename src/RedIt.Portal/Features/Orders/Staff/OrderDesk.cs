using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Orders.Staff;

// Staff follow every order: found by number, customer number, name or company, filtered by
// status. Until billing takes payments, Finance and Admin mark an order paid by hand.
public sealed class OrderDesk(PortalDbContext db, AuditLogger audit, TimeProvider clock)
{
    public const int PageSize = 25;

    public Task<Paged<StaffOrderRow>> SearchAsync(StaffOrderFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var orders = db.Set<Order>().AsNoTracking();
        if (filter.StatusValue is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        var q = filter.Search?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            if (int.TryParse(q, NumberStyles.None, CultureInfo.InvariantCulture, out var customerNumber))
            {
                orders = orders.Where(o => db.Customers.Any(c => c.Id == o.CustomerId && c.Number == customerNumber));
            }
            else
            {
                // Translated to SQL lower(), the same on SQLite and PostgreSQL.
                var lower = q.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862
                orders = orders.Where(o => o.Number.ToLower().Contains(lower)
                    || db.Customers.Any(c => c.Id == o.CustomerId
                        && ((c.User.FirstName + " " + c.User.LastName).ToLower().Contains(lower)
                            || (c.CompanyName != null && c.CompanyName.ToLower().Contains(lower)))));
#pragma warning restore CA1304, CA1311, CA1862
            }
        }

        return orders
            .OrderByDescending(o => o.PlacedAt).ThenBy(o => o.Id)
            .ToPagedAsync(Row, filter.Page, PageSize, cancellationToken);
    }

    public async Task<StaffOrderView?> FindAsync(string number, CancellationToken cancellationToken = default)
    {
        var order = await db.Set<Order>().AsNoTracking().Where(o => o.Number == number).Select(Row).SingleOrDefaultAsync(cancellationToken);
        if (order is null)
        {
            return null;
        }

        return new StaffOrderView(order, await OrderLines.OfAsync(db, number, cancellationToken));
    }

    // Only an order that waits for payment can be marked paid. The status is checked in the update
    // itself, so two clicks at once, or two staff members, mark it and audit it once.
    public async Task<bool> MarkPaidAsync(string number, Guid staffId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marked = await db.Set<Order>()
            .Where(o => o.Number == number && o.Status == OrderStatus.AwaitingPayment)
            .ExecuteUpdateAsync(o => o.SetProperty(x => x.Status, OrderStatus.Paid).SetProperty(x => x.PaidAt, now).SetProperty(x => x.MarkedPaidById, staffId), cancellationToken);
        if (marked == 0)
        {
            return false;
        }

        var customerId = await db.Set<Order>().Where(o => o.Number == number).Select(o => o.CustomerId).SingleAsync(cancellationToken);
        await audit.RecordAsync(AuditAction.OrderMarkedPaid, customerId, details: "order " + number, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private System.Linq.Expressions.Expression<Func<Order, StaffOrderRow>> Row => o => new StaffOrderRow(
        o.Number,
        o.PlacedAt,
        o.Status,
        o.TotalExclVat,
        db.Customers.Where(c => c.Id == o.CustomerId).Select(c => (int?)c.Number).FirstOrDefault(),
        db.Customers.Where(c => c.Id == o.CustomerId).Select(c => c.CompanyName ?? c.User.FirstName + " " + c.User.LastName).FirstOrDefault(),
        o.PaidAt);
}

public sealed record StaffOrderFilter(string? Search, string? Status, int Page = 1)
{
    public OrderStatus? StatusValue => Enum.TryParse<OrderStatus>(Status, ignoreCase: false, out var value) && Enum.IsDefined(value) ? value : null;
}

public sealed record StaffOrderRow(string Number, DateTime PlacedAt, OrderStatus Status, decimal TotalExclVat, int? CustomerNumber, string? CustomerName, DateTime? PaidAt);

public sealed record StaffOrderView(StaffOrderRow Order, IReadOnlyList<OrderLineRow> Lines);

public sealed record StaffOrdersView(StaffOrderFilter Filter, Paged<StaffOrderRow> Orders);
