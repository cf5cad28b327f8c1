using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Time;

namespace RedIt.Portal.Features.Billing.Collection;

// Sends every open overdue invoice the next step of its schedule when that step's day has come:
// reminder 1, reminder 2, then a private customer's 14-day letter. The step's row and its mail are
// stored in one SaveChanges, under a unique index on (invoice, kind): an instance that sends a step
// another one sent already fails on the index and sends nothing, and a rerun finds it sent.
// Invoices handed to DAS Incasso get nothing more from us.
public sealed class InvoiceReminders(
    PortalDbContext db,
    ReminderMails mails,
    MailOutbox outbox,
    TimeProvider clock,
    IOptions<ReminderOptions> options,
    ILogger<InvoiceReminders> logger)
{
    private const int BatchSize = 100;

    // Returns how many mails it queued.
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var today = InvoiceTexts.Today(clock);
        var reachable = today.AddDays(-settings.ReminderDays[0]);
        var communications = db.Set<InvoiceCommunication>();
        var claimed = db.Set<CollectionClaimInvoice>();
        // An invoice whose last term was given has nothing more to get: it waits for Finance.
        var candidates = await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.Kind == InvoiceKind.Invoice && i.Status == InvoiceStatus.Open && i.AnonymisedAt == null && i.DueOn <= reachable)
            .Where(i => !claimed.Any(l => l.InvoiceId == i.Id))
            .Where(i => !communications.Any(c => c.InvoiceId == i.Id && c.LastDayToPay != null))
            .OrderBy(i => i.DueOn).ThenBy(i => i.Number)
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var batch in candidates.Chunk(BatchSize))
        {
            var states = await db.Set<Invoice>().AsNoTracking()
                .Where(i => batch.Contains(i.Id))
                .Select(i => new
                {
                    i.Id,
                    i.DueOn,
                    Business = db.Customers.Any(c => c.Id == i.CustomerId && c.Kind == CustomerKind.Business),
                    Sent = communications.Where(c => c.InvoiceId == i.Id).Select(c => new { c.Kind, c.SentAt }).ToList(),
                })
                .ToListAsync(cancellationToken);
            foreach (var state in states.OrderBy(s => Array.IndexOf(batch, s.Id)))
            {
                var sentOn = state.Sent.ToDictionary(s => s.Kind, s => DateOnly.FromDateTime(AmsterdamTime.ToLocal(s.SentAt)));
                if (ReminderSchedule.Next(state.DueOn, state.Business, sentOn, settings) is { } step && step.DueOn <= today
                    && await SendAsync(state.Id, step, today, cancellationToken))
                {
                    sent++;
                }
            }
        }

        if (sent > 0)
        {
            logger.LogInformation("Queued {Count} invoice reminders and letters", sent);
        }

        return sent;
    }

    private async Task<bool> SendAsync(Guid invoiceId, ReminderStep step, DateOnly today, CancellationToken cancellationToken)
    {
        try
        {
            var invoice = await db.Set<Invoice>().AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.Id == invoiceId, cancellationToken);
            // Paid a moment ago, while this run was reading.
            if (invoice.Status != InvoiceStatus.Open)
            {
                return false;
            }

            var customer = await db.Customers.AsNoTracking().Where(c => c.Id == invoice.CustomerId)
                .Select(c => new { c.Number, c.User.Email, c.User.EmailConfirmed }).SingleAsync(cancellationToken);
            var to = invoice.Email ?? (customer.EmailConfirmed ? customer.Email : null);
            if (string.IsNullOrWhiteSpace(to))
            {
                logger.LogWarning("Invoice {Invoice} is overdue but has no address to remind", invoice.Number);
                return false;
            }

            var reminder = mails.Compose(invoice, customer.Number, to, step, today);
            db.Add(new InvoiceCommunication
            {
                Id = Guid.NewGuid(),
                InvoiceId = invoice.Id,
                Kind = step.Kind,
                SentAt = clock.GetUtcNow().UtcDateTime,
                Culture = invoice.Culture,
                Subject = reminder.Mail.Subject,
                Text = reminder.Mail.TextBody,
                LastDayToPay = reminder.LastDayToPay,
                CollectionCosts = reminder.CollectionCosts,
            });
            outbox.Add(reminder.Mail, invoice.CustomerId);
            await db.SaveChangesAsync(cancellationToken);
            outbox.Wake();
            return true;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another instance sent this step first.
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
