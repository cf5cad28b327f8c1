using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Tests.Consent;
using RedIt.Portal.Tests.Infrastructure;
using static RedIt.Portal.Tests.Support.Desk.DeskTickets;

namespace RedIt.Portal.Tests.Support.Desk;

// A portal of its own, with the support mailbox as the reply address.
public sealed class ReplyAddressPortal : PortalFactory
{
    public const string ReplyAddress = "support@red-it.nl";

    public ReplyAddressPortal() => With("Support:ReplyAddress", ReplyAddress);
}

[Trait("Policy", "2.1")]
public sealed class DeskReplyTests(ReplyAddressPortal portal) : IClassFixture<ReplyAddressPortal>
{
    [Fact]
    public async Task A_reply_reaches_the_customer_threaded_under_their_message_and_waits_for_them()
    {
        var ticket = New("Reply " + Token(), status: TicketStatus.Open);
        var first = $"first-{Guid.NewGuid():N}@mail.example.nl";
        var second = $"second-{Guid.NewGuid():N}@mail.example.nl";
        await SeedAsync(
            portal,
            ticket,
            FromCustomer(ticket, "My site is down.", first, ticket.OpenedAt),
            FromCustomer(ticket, "Still down {0}, braces and all.", second, ticket.OpenedAt.AddMinutes(10)));
        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);
        var page = await support.GetAsync($"/desk/tickets/{ticket.Number}");

        var empty = await support.SubmitAndFollowAsync(page, Form(("Reply.Body", "")), "/reply");
        Assert.Equal("Please write the reply.", empty.FieldError("Reply.Body"));
        await Outbox.AssertNoMailAsync(portal, ticket.Email);

        var sent = await support.SubmitAndFollowAsync(page, Form(("Reply.Body", "It is up again {0}.\n\nSorry for the trouble.")), "/reply");
        Assert.Contains("Your reply is on its way to the customer.", sent.Text, StringComparison.Ordinal);
        Assert.Contains("It is up again {0}.", sent.Document.QuerySelector(".message-reply")!.TextContent, StringComparison.Ordinal);

        var stored = await portal.WithDbAsync(db => db.Set<Ticket>().AsNoTracking().Include(t => t.Messages).SingleAsync(t => t.Id == ticket.Id));
        Assert.Equal(TicketStatus.WaitingForCustomer, stored.Status);
        Assert.Null(stored.WaitingSince);
        var reply = stored.Messages.Single(m => m.Kind == TicketMessageKind.StaffReply);
        Assert.Equal(reply.SentAt, stored.LastMessageAt);
        Assert.NotNull(reply.AuthorUserId);
        Assert.EndsWith("@localhost", reply.MessageId, StringComparison.Ordinal);

        var mail = await Mailbox.WaitForAsync(ticket.Email, $"[#{ticket.Number}]");
        Assert.Equal(reply.MessageId, mail.MessageId);
        Assert.Equal(second, mail.InReplyTo);
        Assert.Equal([first, second], mail.References.ToList());
        Assert.Equal(ReplyAddressPortal.ReplyAddress, Assert.Single(mail.ReplyTo.Mailboxes).Address);
        Assert.Contains("It is up again {0}.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Sorry for the trouble.", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void References_keep_the_first_and_the_latest_ids_when_the_chain_is_too_long()
    {
        var ids = Enumerable.Range(0, 100).Select(i => $"{i:D3}-{new string('x', 40)}@mail.example.nl").ToList();
        var references = Features.Support.Desk.DeskMails.References(ids)!;
        Assert.True(references.Length <= 2000, references.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var kept = references.Split(' ');
        Assert.Equal(ids[0], kept[0]);
        Assert.Equal(ids[^1], kept[^1]);
        Assert.Equal(ids[^kept[1..].Length..], kept[1..]);
        Assert.Equal(string.Join(' ', ids[..3]), Features.Support.Desk.DeskMails.References(ids[..3]));
    }

    [Fact]
    public async Task Threading_data_survives_the_outbox()
    {
        var to = People.NewEmail("threaded");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MailOutbox>().QueueAsync(
                new OutgoingMail(to, "Tess", "Threaded", "text", "<p>html</p>") { Threading = new MailThreading("new@localhost", "old@example.nl", "root@example.nl old@example.nl") },
                null);
        }

        var mail = await Mailbox.WaitForAsync(to, "Threaded");
        Assert.Equal("new@localhost", mail.MessageId);
        Assert.Equal("old@example.nl", mail.InReplyTo);
        Assert.Equal(["root@example.nl", "old@example.nl"], mail.References.ToList());
        Assert.Empty(mail.ReplyTo.Mailboxes);
    }

    [Fact]
    public void A_reply_address_that_is_no_address_stops_the_portal_at_start()
    {
        using var broken = new PortalFactory().With("Support:ReplyAddress", "support at red-it");
        Assert.Contains("Support:ReplyAddress must be an e-mail address", StartFailure.Of(broken), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Form(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
