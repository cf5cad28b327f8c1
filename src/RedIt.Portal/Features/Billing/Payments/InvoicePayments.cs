using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;

namespace RedIt.Portal.Features.Billing.Payments;

// An invoice paid, and what that sets going: the order it charges for is paid and its delivery
// planned. Inside the caller's transaction; each step checks the state it moves from in the update
// itself, so two notifications at once, or a notification and Finance, settle it once. The caller
// wakes the provisioning worker after commit.
public sealed class InvoicePayments(PortalDbContext db, ProvisioningPlan provisioning)
{
    // True when this call marked the invoice paid.
    public async Task<bool> SettleAsync(Guid invoiceId, DateTime now, Guid? markedById = null, CancellationToken cancellationToken = default)
    {
        if (await db.Set<Invoice>().Where(i => i.Id == invoiceId && i.Kind == InvoiceKind.Invoice && i.Status == InvoiceStatus.Open)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, InvoiceStatus.Paid).SetProperty(i => i.PaidAt, now), cancellationToken) == 0)
        {
            return false;
        }

        var orderId = await db.Set<Invoice>().Where(i => i.Id == invoiceId).Select(i => i.OrderId).SingleAsync(cancellationToken);
        if (orderId is { } id && await db.Set<Order>().Where(o => o.Id == id && o.Status == OrderStatus.AwaitingPayment)
                .ExecuteUpdateAsync(set => set.SetProperty(o => o.Status, OrderStatus.Paid).SetProperty(o => o.PaidAt, now).SetProperty(o => o.MarkedPaidById, markedById), cancellationToken) == 1)
        {
            await provisioning.StartAsync(id, now, cancellationToken);
        }

        return true;
    }

    // Money that came in outside the provider (a bank transfer Finance saw): a completed payment
    // of the invoice's amount, and the invoice settled. False when the invoice was no longer open.
    public async Task<bool> RecordTransferAsync(Guid invoiceId, Guid staffId, DateTime now, CancellationToken cancellationToken = default)
    {
        var invoice = await db.Set<Invoice>().AsNoTracking().Where(i => i.Id == invoiceId && i.Status == InvoiceStatus.Open)
            .Select(i => new { i.Number, i.Total }).SingleOrDefaultAsync(cancellationToken);
        if (invoice is null || !await SettleAsync(invoiceId, now, staffId, cancellationToken))
        {
            return false;
        }

        var payment = new PaymentRecord
        {
            Id = Guid.NewGuid(), InvoiceId = invoiceId, Reference = PaymentReferences.New(invoice.Number), Provider = "Bank transfer", Method = "Bank transfer",
            Amount = invoice.Total, Status = PaymentStatus.Completed, At = now, UpdatedAt = now,
        };
        payment.Changes.Add(new PaymentStatusChange { Id = Guid.NewGuid(), PaymentId = payment.Id, Status = PaymentStatus.Completed, At = now });
        db.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
