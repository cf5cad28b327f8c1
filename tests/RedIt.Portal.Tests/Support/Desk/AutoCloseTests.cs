using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Features.Support.Desk;
using RedIt.Portal.Tests.Infrastructure;
using static RedIt.Portal.Tests.Support.Desk.DeskTickets;

namespace RedIt.Portal.Tests.Support.Desk;

[Trait("Policy", "2.1")]
public sealed class AutoCloseTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_ticket_waiting_too_long_is_closed_and_mailed_once_and_others_are_left_alone()
    {
        var now = portal.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var customerMail = $"question-{Guid.NewGuid():N}@mail.example.nl";
        var old = Waiting(New("Old " + Token(), status: TicketStatus.WaitingForCustomer, openedAt: now.AddDays(-20)), now.AddDays(-15));
        await SeedAsync(portal, old, FromCustomer(old, "Is my domain moved?", customerMail, old.OpenedAt));
        var recent = await SeedAsync(portal, Waiting(New("Recent " + Token(), status: TicketStatus.WaitingForCustomer, openedAt: now.AddDays(-20)), now.AddDays(-13)));
        var open = await SeedAsync(portal, New("Open " + Token(), status: TicketStatus.Open, openedAt: now.AddDays(-30)));

        await CloseAsync();

        var stored = await portal.WithDbAsync(db => db.Set<Ticket>().AsNoTracking()
            .Where(t => t.Id == old.Id || t.Id == recent.Id || t.Id == open.Id).ToDictionaryAsync(t => t.Id));
        Assert.Equal(TicketStatus.Closed, stored[old.Id].Status);
        Assert.NotNull(stored[old.Id].ClosedAt);
        Assert.True(stored[old.Id].ClosedAt >= now, "ClosedAt is the time of the run.");
        Assert.Equal(TicketStatus.WaitingForCustomer, stored[recent.Id].Status);
        Assert.Null(stored[recent.Id].ClosedAt);
        Assert.Equal(TicketStatus.Open, stored[open.Id].Status);
        Assert.Null(stored[open.Id].ClosedAt);

        var mail = await Mailbox.WaitForAsync(old.Email, $"[#{old.Number}]");
        Assert.Equal($"Je bericht [#{old.Number}] is gesloten", mail.Subject);
        Assert.Contains("al 14 dagen geen antwoord", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Beantwoord dan gewoon deze e-mail", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(customerMail, mail.InReplyTo);
        Assert.Equal([customerMail], mail.References.ToList());
        Assert.EndsWith("@localhost", mail.MessageId, StringComparison.Ordinal);
        var closing = await portal.WithDbAsync(db => db.Set<TicketMessage>().AsNoTracking()
            .Where(m => m.TicketId == old.Id && m.Kind == TicketMessageKind.StaffReply).ToListAsync());
        Assert.Equal(mail.MessageId, Assert.Single(closing).MessageId);
        Assert.Contains("al 14 dagen geen antwoord", closing[0].Body, StringComparison.Ordinal);

        await CloseAsync();
        await Outbox.WaitUntilSentAsync(portal, old.Email);
        Assert.Single(Mailbox.All(old.Email));
        await Outbox.AssertNoMailAsync(portal, recent.Email);
        await Outbox.AssertNoMailAsync(portal, open.Email);
    }

    private static Ticket Waiting(Ticket ticket, DateTime lastMessageAt)
    {
        ticket.LastMessageAt = lastMessageAt;
        return ticket;
    }

    private async Task CloseAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WaitingTickets>().CloseAsync();
    }
}
