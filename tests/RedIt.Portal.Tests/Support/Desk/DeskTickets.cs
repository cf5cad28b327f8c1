using RedIt.Portal.Data;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Support.Desk;

// Tickets put straight into the database, as the contact form or the mail import would leave them.
internal static class DeskTickets
{
    // Far apart and from a random start, so tests sharing a database (and the portal's own
    // numbering, which counts on from the highest) never pick the same number.
    private static int _next = Random.Shared.Next(1_000_000, 1_000_000_000);

    public static int NextNumber() => Interlocked.Add(ref _next, 1000);

    // A word no other test's tickets contain, to search the shared queue for this test's tickets only.
    public static string Token() => "t" + Guid.NewGuid().ToString("N")[..12];

    public static Ticket New(
        string subject,
        TicketTopic topic = TicketTopic.Support,
        TicketStatus status = TicketStatus.New,
        Guid? personId = null,
        string? email = null,
        DateTime? openedAt = null,
        DateTime? waitingSince = null,
        Guid? assignee = null)
    {
        var opened = openedAt ?? DateTime.UtcNow.AddHours(-1);
        return new Ticket
        {
            Id = Guid.NewGuid(),
            Number = NextNumber(),
            PersonId = personId,
            Email = email ?? People.NewEmail("visitor"),
            Name = "Vera Visitor",
            Subject = subject,
            Topic = topic,
            Status = status,
            AssigneeUserId = assignee,
            OpenedAt = opened,
            LastMessageAt = opened,
            WaitingSince = status is TicketStatus.New or TicketStatus.Open ? waitingSince ?? opened : null,
            ClosedAt = status == TicketStatus.Closed ? opened.AddMinutes(30) : null,
        };
    }

    public static TicketMessage FromCustomer(Ticket ticket, string body, string? messageId = null, DateTime? sentAt = null) => new()
    {
        Id = Guid.NewGuid(),
        TicketId = ticket.Id,
        Kind = TicketMessageKind.FromCustomer,
        FromAddress = ticket.Email,
        Body = body,
        MessageId = messageId,
        SentAt = sentAt ?? ticket.OpenedAt,
    };

    public static async Task<Ticket> SeedAsync(PortalFactory portal, Ticket ticket, params TicketMessage[] messages)
    {
        await portal.WithDbAsync(async db =>
        {
            Add(db, ticket, messages);
            return await db.SaveChangesAsync();
        });
        return ticket;
    }

    public static void Add(PortalDbContext db, Ticket ticket, params TicketMessage[] messages)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Add(ticket);
        db.AddRange(messages);
    }
}
