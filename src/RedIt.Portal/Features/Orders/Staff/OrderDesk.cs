using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Payments;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Orders.Staff;

// Staff follow every order: found by number, customer number, name or company, filtered by
// status. Finance and Admin mark an order paid by hand when its invoice was paid by transfer.
public sealed class OrderDesk(PortalDbContext db, AuditLogger audit, InvoicePayments payments, ProvisioningPlan provisioning, ProvisioningSignal provisioningSignal, TimeProvider clock)
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

        var steps = await db.Set<ProvisioningStep>().AsNoTracking()
            .Where(s => s.OrderId == db.Set<Order>().Where(o => o.Number == number).Select(o => o.Id).Single())
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.OrderLineId).ThenBy(s => s.Sequence)
            .Select(s => new StaffStepRow(
                s.Id, s.Kind, db.Set<Services.Service>().Where(x => x.Id == s.ServiceId).Select(x => x.Name).FirstOrDefault(),
                s.Status, s.Attempts, s.NextAttemptAt, s.LastError, s.CompletedAt))
            .ToListAsync(cancellationToken);
        return new StaffOrderView(order, await OrderLines.OfAsync(db, number, cancellationToken), steps);
    }

    // A step that stopped (the supplier refused, or it ran out of attempts) runs again once staff
    // fixed the cause: with fresh attempts, its order and service back to being delivered.
    public async Task<bool> RetryStepAsync(string number, Guid stepId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var step = await db.Set<ProvisioningStep>().AsNoTracking()
            .Where(s => s.Id == stepId && s.Status == ProvisioningStepStatus.Failed && db.Set<Order>().Any(o => o.Id == s.OrderId && o.Number == number))
            .Select(s => new { s.OrderId, s.ServiceId })
            .SingleOrDefaultAsync(cancellationToken);
        if (step is null || await db.Set<ProvisioningStep>().Where(s => s.Id == stepId && s.Status == ProvisioningStepStatus.Failed)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, ProvisioningStepStatus.Pending).SetProperty(s => s.Attempts, 0).SetProperty(s => s.NextAttemptAt, now), cancellationToken) == 0)
        {
            return false;
        }

        await db.Set<Order>().Where(o => o.Id == step.OrderId && o.Status == OrderStatus.Failed)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.Status, OrderStatus.Provisioning), cancellationToken);
        await db.Set<Services.Service>().Where(s => s.Id == step.ServiceId && s.Status == Services.ServiceStatus.Failed)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, Services.ServiceStatus.Pending), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        provisioningSignal.Wake();
        return true;
    }

    // Only an order that waits for payment can be marked paid: Finance saw the transfer. Its invoice
    // is paid with it. The status is checked in the update itself, so two clicks at once, or two
    // staff members, mark it, audit it and plan its delivery once.
    public async Task<bool> MarkPaidAsync(string number, Guid staffId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await db.Set<Order>().Where(o => o.Number == number && o.Status == OrderStatus.AwaitingPayment)
            .Select(o => new { o.Id, o.CustomerId, Invoice = db.Set<Invoice>().Where(i => i.OrderId == o.Id && i.Kind == InvoiceKind.Invoice && i.Status == InvoiceStatus.Open).Select(i => (Guid?)i.Id).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (order is null)
        {
            return false;
        }

        if (order.Invoice is { } invoiceId)
        {
            if (!await payments.RecordTransferAsync(invoiceId, staffId, now, cancellationToken))
            {
                return false;
            }
        }
        else if (await db.Set<Order>().Where(o => o.Id == order.Id && o.Status == OrderStatus.AwaitingPayment)
                .ExecuteUpdateAsync(o => o.SetProperty(x => x.Status, OrderStatus.Paid).SetProperty(x => x.PaidAt, now).SetProperty(x => x.MarkedPaidById, staffId), cancellationToken) == 0)
        {
            return false;
        }
        else
        {
            await provisioning.StartAsync(order.Id, now, cancellationToken);
        }

        await audit.RecordAsync(AuditAction.OrderMarkedPaid, order.CustomerId, details: "order " + number, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        provisioningSignal.Wake();
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

public sealed record StaffStepRow(Guid Id, ProvisioningStepKind Kind, string? ServiceName, ProvisioningStepStatus Status, int Attempts, DateTime NextAttemptAt, string? LastError, DateTime? CompletedAt);

public sealed record StaffOrderView(StaffOrderRow Order, IReadOnlyList<OrderLineRow> Lines, IReadOnlyList<StaffStepRow> Steps);

public sealed record StaffOrdersView(StaffOrderFilter Filter, Paged<StaffOrderRow> Orders);
