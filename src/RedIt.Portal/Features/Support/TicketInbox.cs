using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.Support;

// Where every ticket starts, whatever brought it in (the contact form today, mail later).
public sealed class TicketInbox(PortalDbContext db, TimeProvider clock)
{
    // Two instances may read the same highest number at once; the unique index makes one of them
    // fail, and that one takes the next number. Every round has a winner, so this many attempts
    // cover as many tickets opened in the same instant; on SQLite the transaction takes the write
    // lock at its start and the race does not happen at all.
    private const int Attempts = 20;

    public const int FirstNumber = 1001;

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    // Opens the ticket with its first message in one transaction. `alongside` adds what belongs
    // with it (the contact message, the confirmation mail) and is called again on every retry,
    // because what it added the failed attempt took down with it.
    public async Task<Ticket> OpenAsync(NewTicket request, Action<Ticket>? alongside = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var highest = await db.Set<Ticket>().MaxAsync(t => (int?)t.Number, cancellationToken);
            var ticket = New(request, (highest ?? FirstNumber - 1) + 1);
            db.Add(ticket);
            alongside?.Invoke(ticket);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return ticket;
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e) && attempt < Attempts)
            {
                await transaction.RollbackAsync(cancellationToken);
                // A mail another fetch stored meanwhile fails on its Message-ID on every attempt:
                // that is not a number to retry but a duplicate, for the caller to recognise.
                if (request.MessageId is not null
                    && await db.Set<TicketMessage>().AnyAsync(m => m.MessageId == request.MessageId, cancellationToken))
                {
                    throw;
                }

                foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
                {
                    entry.State = EntityState.Detached;
                }
            }
        }
    }

    private Ticket New(NewTicket request, int number)
    {
        var now = Now;
        var ticket = new Ticket
        {
            Id = Guid.NewGuid(),
            Number = number,
            PersonId = request.PersonId,
            Email = request.Email,
            Name = request.Name,
            Subject = request.Subject,
            Topic = request.Topic,
            Culture = request.Culture,
            Status = TicketStatus.New,
            OpenedAt = now,
            LastMessageAt = now,
            WaitingSince = now,
        };
        ticket.Messages.Add(new TicketMessage
        {
            Id = Guid.NewGuid(),
            TicketId = ticket.Id,
            AuthorUserId = request.PersonId,
            Kind = TicketMessageKind.FromCustomer,
            FromAddress = request.Email,
            MessageId = request.MessageId,
            Body = request.Body,
            Html = request.Html,
            SentAt = now,
        });
        return ticket;
    }
}

// What a ticket opens with. PersonId is the customer's account, when the sender has one.
public sealed record NewTicket(
    Guid? PersonId,
    string Email,
    string? Name,
    TicketTopic Topic,
    string Subject,
    string Body,
    string? MessageId = null,
    string Culture = "nl",
    string? Html = null);
