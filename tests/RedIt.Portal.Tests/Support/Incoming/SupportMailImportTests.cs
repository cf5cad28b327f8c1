using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Features.Support.Incoming;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Support.Desk;

namespace RedIt.Portal.Tests.Support.Incoming;

// The import against a real IMAP server: every test has a mailbox of its own and runs the fetch itself.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.1")]
public sealed class SupportMailImportTests(PortalFactory portal)
{
    [Fact]
    public async Task A_new_mail_opens_a_ticket_for_the_customer_with_that_confirmed_address()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var customerId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var mailbox = TestMailboxes.New();
        var mail = TestMailboxes.Mail(email, "My server is down", "Since this morning nothing answers.", "Jan Jansen");
        await TestMailboxes.PutAsync(mailbox, mail);

        Assert.Equal([MailImportOutcome.OpenedTicket], await FetchAsync(mailbox));

        var ticket = await TicketWithAsync(mail.MessageId);
        Assert.Equal(customerId, ticket.PersonId);
        Assert.Equal(email, ticket.Email);
        Assert.Equal("Jan Jansen", ticket.Name);
        Assert.Equal("My server is down", ticket.Subject);
        Assert.Equal(TicketTopic.Support, ticket.Topic);
        Assert.Equal(TicketStatus.New, ticket.Status);
        var message = Assert.Single(ticket.Messages);
        Assert.Equal(TicketMessageKind.FromCustomer, message.Kind);
        Assert.Equal("Since this morning nothing answers.", message.Body);
        Assert.Equal(email, message.FromAddress);
        Assert.Empty(await TestMailboxes.MessageIdsAsync(mailbox, "INBOX"));
        Assert.Equal([mail.MessageId!], await TestMailboxes.MessageIdsAsync(mailbox, "Processed"));
        // Only the sign-up's confirmation: the import answers nothing, every ticket mail carries the tag.
        await Outbox.AssertNoMailAsync(portal, email, "[#");
    }

    [Fact]
    public async Task A_sender_without_a_confirmed_account_gets_a_ticket_of_no_account_and_html_is_stored_as_text()
    {
        var email = People.NewEmail("visitor");
        var mailbox = TestMailboxes.New();
        var mail = TestMailboxes.Mail(email, "Question", "");
        mail.Body = new TextPart("html") { Text = "<html><head><style>p{color:red}</style></head><body><p>Hello <b>there</b> &amp; bye</p><script>alert(1)</script></body></html>" };
        await TestMailboxes.PutAsync(mailbox, mail);

        await FetchAsync(mailbox);

        var ticket = await TicketWithAsync(mail.MessageId);
        Assert.Null(ticket.PersonId);
        Assert.Null(ticket.Name);
        Assert.Equal("Hello there & bye", Assert.Single(ticket.Messages).Body);
    }

    [Fact]
    public async Task A_reply_to_a_staff_reply_joins_its_ticket_and_reopens_it()
    {
        var (ticket, staffMessageId) = await ClosedTicketWithStaffReplyAsync();
        var mailbox = TestMailboxes.New();
        // From another address and without the tag: the thread alone decides.
        var reply = TestMailboxes.Mail(People.NewEmail("colleague"), "Re: your question", "It works again, thanks.");
        reply.InReplyTo = staffMessageId;
        await TestMailboxes.PutAsync(mailbox, reply);

        Assert.Equal([MailImportOutcome.JoinedTicket], await FetchAsync(mailbox));

        var stored = await TicketWithAsync(reply.MessageId);
        Assert.Equal(ticket.Id, stored.Id);
        Assert.Equal(TicketStatus.Open, stored.Status);
        Assert.Null(stored.ClosedAt);
        Assert.NotNull(stored.WaitingSince);
        Assert.True(stored.LastMessageAt > ticket.LastMessageAt);
        Assert.Equal("It works again, thanks.", stored.Messages.Single(m => m.MessageId == reply.MessageId).Body);
    }

    [Fact]
    public async Task A_reply_with_only_the_ticket_tag_joins_from_the_tickets_address_and_opens_a_new_ticket_from_another()
    {
        var (ticket, _) = await ClosedTicketWithStaffReplyAsync();
        var mailbox = TestMailboxes.New();
        var own = TestMailboxes.Mail(ticket.Email.ToUpperInvariant(), $"Re: [#{ticket.Number}] Question", "One more thing.");
        var stranger = TestMailboxes.Mail(People.NewEmail("stranger"), $"[#{ticket.Number}] let me in", "Guessing numbers.");
        await TestMailboxes.PutAsync(mailbox, own, stranger);

        Assert.Equal([MailImportOutcome.JoinedTicket, MailImportOutcome.OpenedTicket], await FetchAsync(mailbox));

        Assert.Equal(ticket.Id, (await TicketWithAsync(own.MessageId)).Id);
        var opened = await TicketWithAsync(stranger.MessageId);
        Assert.NotEqual(ticket.Id, opened.Id);
        Assert.Equal(stranger.From.Mailboxes.Single().Address, opened.Email);
    }

    [Fact]
    public async Task A_mail_fetched_again_after_it_was_stored_but_not_moved_is_stored_once()
    {
        var mailbox = TestMailboxes.New();
        var mail = TestMailboxes.Mail(People.NewEmail("visitor"), "Once only", "Store me once.");
        var withoutId = TestMailboxes.Mail(People.NewEmail("visitor"), "No id", "A mail without a Message-ID.");
        withoutId.Headers.Remove(HeaderId.MessageId);
        await TestMailboxes.PutAsync(mailbox, mail, withoutId);
        Assert.Equal([MailImportOutcome.OpenedTicket, MailImportOutcome.OpenedTicket], await FetchAsync(mailbox));

        // As if the portal stopped after saving and before moving: the same mails are in the inbox again.
        await TestMailboxes.PutAsync(mailbox, mail, withoutId);
        Assert.Equal([MailImportOutcome.AlreadyImported, MailImportOutcome.AlreadyImported], await FetchAsync(mailbox));

        Assert.Equal(1, await portal.WithDbAsync(db => db.Set<TicketMessage>().CountAsync(m => m.MessageId == mail.MessageId)));
        Assert.Equal(1, await portal.WithDbAsync(db => db.Set<TicketMessage>().CountAsync(m => m.Body == "A mail without a Message-ID.")));
        Assert.Empty(await TestMailboxes.MessageIdsAsync(mailbox, "INBOX"));
        Assert.Equal(4, (await TestMailboxes.MessageIdsAsync(mailbox, "Processed")).Count);
    }

    [Fact]
    public async Task Automatic_mail_is_attached_when_threaded_never_opens_a_ticket_and_sends_nothing()
    {
        var (ticket, staffMessageId) = await ClosedTicketWithStaffReplyAsync();
        var mailbox = TestMailboxes.New();
        var outOfOffice = TestMailboxes.Mail(ticket.Email, "Out of office", "I am away until Monday.");
        outOfOffice.InReplyTo = staffMessageId;
        outOfOffice.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
        var unthreaded = TestMailboxes.Mail(People.NewEmail("away"), "Automatic reply", "Away.");
        unthreaded.Headers.Add("X-Autoreply", "yes");
        var bulk = TestMailboxes.Mail(People.NewEmail("list"), "Newsletter", "News.");
        bulk.Headers.Add(HeaderId.Precedence, "bulk");
        var daemon = TestMailboxes.Mail($"MAILER-DAEMON@{Guid.NewGuid():N}.example", "Undelivered", "Gone.");
        var bounce = TestMailboxes.Mail(People.NewEmail("bounce"), "Delivery Status Notification", "");
        var report = new MultipartReport("delivery-status") { new TextPart("plain") { Text = "Could not deliver." } };
        bounce.Body = report;
        await TestMailboxes.PutAsync(mailbox, outOfOffice, unthreaded, bulk, daemon, bounce);

        Assert.Equal(
            [MailImportOutcome.JoinedTicket, MailImportOutcome.Ignored, MailImportOutcome.Ignored, MailImportOutcome.Ignored, MailImportOutcome.Ignored],
            await FetchAsync(mailbox));

        var stored = await TicketWithAsync(outOfOffice.MessageId);
        Assert.Equal(ticket.Id, stored.Id);
        // Nobody asked anything: the ticket stays closed.
        Assert.Equal(TicketStatus.Closed, stored.Status);
        var ignored = new[] { unthreaded, bulk, daemon, bounce }.Select(m => m.MessageId).ToList();
        Assert.False(await portal.WithDbAsync(db => db.Set<TicketMessage>().AnyAsync(m => ignored.Contains(m.MessageId!))));
        Assert.Equal(5, (await TestMailboxes.MessageIdsAsync(mailbox, "Processed")).Count);
        foreach (var to in new[] { outOfOffice, unthreaded, bulk, daemon, bounce }.Select(m => m.From.Mailboxes.Single().Address))
        {
            await Outbox.AssertNoMailAsync(portal, to);
        }
    }

    [Fact]
    public async Task Two_fetches_at_the_same_time_store_every_mail_once()
    {
        var mailbox = TestMailboxes.New();
        var mails = Enumerable.Range(0, 6).Select(i => TestMailboxes.Mail(People.NewEmail("parallel"), $"Parallel {i}", $"Body {i}")).ToArray();
        await TestMailboxes.PutAsync(mailbox, mails);
        var fetcher = portal.Services.GetRequiredService<SupportMailFetcher>();

        await Task.WhenAll(Task.Run(() => fetcher.FetchAsync(mailbox)), Task.Run(() => fetcher.FetchAsync(mailbox)));

        var ids = mails.Select(m => m.MessageId).ToList();
        var stored = await portal.WithDbAsync(db => db.Set<TicketMessage>().Where(m => ids.Contains(m.MessageId!)).Select(m => m.MessageId).ToListAsync());
        Assert.Equal(ids.Order(), stored.Order());
        Assert.Empty(await TestMailboxes.MessageIdsAsync(mailbox, "INBOX"));
        // Two IMAP sessions moving the same message at once may both copy it before either expunges
        // it, so the folder can hold a copy twice; what counts is that the database stored it once.
        // (The scheduled job never runs two fetches at once: it is DisallowConcurrentExecution.)
        Assert.Equal(ids.Order(), (await TestMailboxes.MessageIdsAsync(mailbox, "Processed")).Distinct().Order());
    }

    [Fact]
    public async Task An_unreachable_mailbox_is_recorded_and_the_next_good_run_clears_it()
    {
        var broken = TestMailboxes.New();
        broken.Password = "wrong";

        Assert.Empty(await FetchAsync(broken));
        var failing = await portal.WithDbAsync(db => SupportMailboxStatus.ReadAsync(db));
        Assert.NotNull(failing?.FailingSince);
        Assert.Equal("AuthenticationException", failing.LastError);
        // A second failure keeps the time of the first: the page says since when.
        Assert.Empty(await FetchAsync(broken));
        Assert.Equal(failing.FailingSince, (await portal.WithDbAsync(db => SupportMailboxStatus.ReadAsync(db)))?.FailingSince);
        var admin = await People.SignedInStaffAsync(portal);
        var warning = (await admin.GetAsync("/admin")).Document.QuerySelector("#support-mailbox-status");
        Assert.NotNull(warning);
        Assert.StartsWith("The support mailbox could not be read since ", warning.TextContent.Trim(), StringComparison.Ordinal);

        await FetchAsync(TestMailboxes.New());
        var healthy = await portal.WithDbAsync(db => SupportMailboxStatus.ReadAsync(db));
        Assert.Null(healthy?.FailingSince);
        Assert.NotNull(healthy?.LastReadAt);
        Assert.Null((await admin.GetAsync("/admin")).Document.QuerySelector("#support-mailbox-status"));
    }

    private Task<IReadOnlyList<MailImportOutcome>> FetchAsync(SupportMailboxOptions mailbox) =>
        portal.Services.GetRequiredService<SupportMailFetcher>().FetchAsync(mailbox);

    private Task<Ticket> TicketWithAsync(string? messageId) =>
        portal.WithDbAsync(db => db.Set<Ticket>().AsNoTracking().Include(t => t.Messages)
            .SingleAsync(t => t.Messages.Any(m => m.MessageId == messageId)));

    private async Task<(Ticket Ticket, string StaffMessageId)> ClosedTicketWithStaffReplyAsync()
    {
        var ticket = DeskTickets.New("Question", status: TicketStatus.Closed);
        var staffMessageId = $"{Guid.NewGuid():N}@portal.redit.test";
        var staffReply = new TicketMessage
        {
            Id = Guid.NewGuid(),
            TicketId = ticket.Id,
            Kind = TicketMessageKind.StaffReply,
            Body = "Please restart it.",
            MessageId = staffMessageId,
            SentAt = ticket.OpenedAt.AddMinutes(10),
        };
        await DeskTickets.SeedAsync(portal, ticket, DeskTickets.FromCustomer(ticket, "It is broken."), staffReply);
        return (ticket, staffMessageId);
    }
}
