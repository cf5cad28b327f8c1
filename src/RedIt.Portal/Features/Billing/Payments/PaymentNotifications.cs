using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Infrastructure.Email;

namespace RedIt.Portal.Features.Billing.Payments;

// What happens when a provider says a payment changed, or the customer comes back from paying:
// the portal asks the provider itself, never trusting what the message said, and records what it
// is told. Notifications come again, late, out of order and at the same moment: the status only
// moves forward, each status is recorded once, and the invoice is paid once.
public sealed class PaymentNotifications(PortalDbContext db, PaymentProviders providers, InvoicePayments invoices, PaymentMails mails, ProvisioningSignal provisioningSignal, MailOutbox outbox, TimeProvider clock, ILogger<PaymentNotifications> log)
{
    // The status as the portal now holds it; null when no payment has this reference.
    public async Task<PaymentStatus?> RefreshAsync(string reference, CancellationToken cancellationToken = default)
    {
        var payment = await db.Set<PaymentRecord>().AsNoTracking().Where(p => p.Reference == reference)
            .Select(p => new { p.Id, p.InvoiceId, p.Provider, p.Status }).SingleOrDefaultAsync(cancellationToken);
        if (payment is null)
        {
            return null;
        }

        var provider = providers.Find(payment.Provider);
        var reported = provider is null ? null : await provider.StatusAsync(reference, cancellationToken);
        if (reported is null || reported.Status <= payment.Status)
        {
            return payment.Status;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Recorded once, whoever comes first; the others find it there and change nothing.
        if (await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"PaymentStatusChange\" (\"Id\", \"PaymentId\", \"Status\", \"At\") VALUES ({Guid.NewGuid()}, {payment.Id}, {reported.Status.ToString()}, {now}) ON CONFLICT (\"PaymentId\", \"Status\") DO NOTHING",
                cancellationToken) == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return reported.Status;
        }

        var lower = Enum.GetValues<PaymentStatus>().Where(s => s < reported.Status).ToList();
        await db.Set<PaymentRecord>().Where(p => p.Id == payment.Id && lower.Contains(p.Status))
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.Status, reported.Status)
                .SetProperty(p => p.Method, reported.Method ?? provider!.Name)
                .SetProperty(p => p.MaskedReference, reported.MaskedReference)
                .SetProperty(p => p.UpdatedAt, now), cancellationToken);

        var invoice = await db.Set<Invoice>().AsNoTracking().Where(i => i.Id == payment.InvoiceId).Select(i => new { i.Total, i.Number }).SingleAsync(cancellationToken);
        var settled = false;
        if (reported.Status == PaymentStatus.Completed)
        {
            if (reported.Amount >= invoice.Total)
            {
                settled = await invoices.SettleAsync(payment.InvoiceId, now, cancellationToken: cancellationToken);
                if (settled)
                {
                    await mails.AddReceivedAsync(payment.InvoiceId, reported.Amount, cancellationToken);
                }
            }
            else
            {
                // Finance sees the payment on the invoice and settles the rest by hand.
                log.LogWarning("Payment {Reference} completed with {Amount}, less than invoice {Invoice}'s {Total}", reference, reported.Amount, invoice.Number, invoice.Total);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (settled)
        {
            provisioningSignal.Wake();
            outbox.Wake();
        }

        return reported.Status;
    }
}
