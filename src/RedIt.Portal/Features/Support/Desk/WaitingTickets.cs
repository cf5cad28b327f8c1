using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Infrastructure.Email;

namespace RedIt.Portal.Features.Support.Desk;

// Closes tickets whose customer never answered. Each ticket is claimed by an UPDATE that still
// requires it to be waiting and old, in the same transaction as its mail: a second run (or a
// customer's answer arriving meanwhile) finds nothing to claim, so nobody is mailed twice.
public sealed class WaitingTickets(PortalDbContext db, DeskMails mails, MailOutbox outbox, IOptions<SupportOptions> options, TimeProvider clock, ILogger<WaitingTickets> log)
{
    public const int BatchSize = 100;

    public async Task<int> CloseAsync(CancellationToken cancellationToken = default)
    {
        var days = options.Value.CloseWaitingAfterDays;
        var closed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var cutoff = now.AddDays(-days);
            var users = db.Users;
            var batch = await Due(cutoff)
                .OrderBy(t => t.Number)
                .Take(BatchSize)
                .Select(t => new
                {
                    Ticket = t,
                    Culture = users.Where(u => u.Id == t.PersonId).Select(u => u.PreferredCulture).FirstOrDefault() ?? t.Culture,
                })
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var ids = batch.Select(b => b.Ticket.Id).ToList();
            var earlier = (await db.Set<TicketMessage>().AsNoTracking()
                    .Where(m => ids.Contains(m.TicketId) && m.MessageId != null)
                    .OrderBy(m => m.SentAt).ThenBy(m => m.Id)
                    .Select(m => new { m.TicketId, Mail = new EarlierMail(m.MessageId!, m.Kind) })
                    .ToListAsync(cancellationToken))
                .ToLookup(m => m.TicketId, m => m.Mail);

            var claimed = 0;
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                foreach (var item in batch)
                {
                    var ticket = item.Ticket;
                    var won = await Due(cutoff).Where(t => t.Id == ticket.Id).ExecuteUpdateAsync(
                        set => set.SetProperty(t => t.Status, TicketStatus.Closed)
                            .SetProperty(t => t.ClosedAt, now)
                            .SetProperty(t => t.WaitingSince, (DateTime?)null),
                        cancellationToken);
                    if (won == 1)
                    {
                        var (mail, messageId) = mails.ClosedForNoAnswer(ticket, days, earlier[ticket.Id].ToList(), item.Culture);
                        outbox.Add(mail, ticket.PersonId);
                        // In the thread as what was sent, so staff see why it closed and an answer
                        // to this very mail finds the ticket by its Message-ID.
                        db.Add(new TicketMessage
                        {
                            Id = Guid.NewGuid(),
                            TicketId = ticket.Id,
                            Kind = TicketMessageKind.StaffReply,
                            MessageId = messageId,
                            Body = mail.TextBody,
                            SentAt = now,
                        });
                        claimed++;
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
            closed += claimed;
            if (claimed == 0)
            {
                break;
            }
        }

        if (closed > 0)
        {
            outbox.Wake();
            log.LogInformation("Closed {Count} tickets that waited more than {Days} days for an answer", closed, days);
        }

        return closed;
    }

    private IQueryable<Ticket> Due(DateTime cutoff) =>
        db.Set<Ticket>().Where(t => t.Status == TicketStatus.WaitingForCustomer && t.LastMessageAt < cutoff);
}
