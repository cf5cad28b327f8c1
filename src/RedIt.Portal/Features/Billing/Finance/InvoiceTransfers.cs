using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Billing.Payments;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Infrastructure.Email;

namespace RedIt.Portal.Features.Billing.Finance;

// A bank transfer Finance saw arrive for an open invoice: a completed payment of the invoice's
// amount, the invoice paid, the order it charges for delivered, the customer's receipt and the
// audit entry, in one transaction. Two clicks at once settle it once: the settling update checks
// the invoice is still open.
public sealed class InvoiceTransfers(
    PortalDbContext db, InvoicePayments payments, PaymentMails mails, AuditLogger audit, MailOutbox outbox, ProvisioningSignal provisioning, TimeProvider clock)
{
    // False when the invoice was no longer open (paid, credited) or is not an invoice.
    public async Task<bool> RecordAsync(string number, Guid staffId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var invoice = await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.Number == number && i.Kind == InvoiceKind.Invoice && i.AnonymisedAt == null)
            .Select(i => new { i.Id, i.CustomerId, i.Total })
            .SingleOrDefaultAsync(cancellationToken);
        if (invoice is null || !await payments.RecordTransferAsync(invoice.Id, staffId, now, cancellationToken))
        {
            return false;
        }

        await mails.AddReceivedAsync(invoice.Id, invoice.Total, cancellationToken);
        audit.Add(AuditAction.InvoiceTransferRecorded, invoice.CustomerId, details: "invoice " + number);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        provisioning.Wake();
        outbox.Wake();
        return true;
    }
}
