using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Contact;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Contact;

// Clause 1.2: the contact form collects the address, the message and the IP address it came from.
[Trait("Policy", "1.2")]
public sealed class ContactFormTests(ProxiedContactPortal portal) : IClassFixture<ProxiedContactPortal>
{
    [Fact]
    public async Task A_visitor_opens_a_ticket_with_the_IP_address_and_nothing_more_and_gets_its_number_by_mail()
    {
        var browser = portal.BrowserAt("203.0.113.41");
        var email = People.NewEmail("visitor");
        var form = await browser.GetAsync("/contact");
        Assert.Equal("Contact customer service", form.Heading);

        var sent = await browser.SubmitAndFollowAsync(form, Message(email, name: "Vera Visitor"));

        Assert.Equal("Thank you", sent.Heading);
        var contact = await portal.WithDbAsync(db => db.Set<ContactMessage>().AsNoTracking().SingleAsync(m => m.Email == email));
        var ticket = await portal.WithDbAsync(db => db.Set<Ticket>().AsNoTracking().Include(t => t.Messages).SingleAsync(t => t.Email == email));
        Assert.Contains($"#{ticket.Number}", sent.Text, StringComparison.Ordinal);
        Assert.Equal("203.0.113.41", contact.SenderIp);
        Assert.Equal(ticket.Id, contact.TicketId);
        Assert.Null(contact.PersonId);
        Assert.Equal("Vera Visitor", contact.Name);
        Assert.Equal(TicketTopic.Billing, contact.Topic);
        Assert.Equal("Invoice 2026-0042", contact.Subject);
        Assert.Equal("Why is my invoice higher than last month?", contact.Message);

        Assert.Null(ticket.PersonId);
        Assert.Equal(TicketStatus.New, ticket.Status);
        Assert.Equal(TicketTopic.Billing, ticket.Topic);
        Assert.Equal(ticket.OpenedAt, ticket.LastMessageAt);
        Assert.Equal(ticket.OpenedAt, ticket.WaitingSince);
        var first = Assert.Single(ticket.Messages);
        Assert.Equal(TicketMessageKind.FromCustomer, first.Kind);
        Assert.Equal(email, first.FromAddress);
        Assert.Equal("Why is my invoice higher than last month?", first.Body);
        // The address is kept once, with the contact message (a ticket message has no column for
        // it), and nothing about the browser anywhere.
        Assert.DoesNotContain("Mozilla", contact.Message + contact.Name + contact.SenderIp, StringComparison.Ordinal);

        // A visitor reading English gets the confirmation in English.
        var mail = await Mailbox.WaitForAsync(email, $"[#{ticket.Number}]");
        Assert.Equal($"[#{ticket.Number}] We received your message", mail.Subject);
        Assert.Contains($"ticket number {ticket.Number}", mail.TextBody, StringComparison.Ordinal);
        // The message is the root of the ticket's thread, so an answer to the confirmation finds it by its headers.
        Assert.EndsWith("@localhost", first.MessageId, StringComparison.Ordinal);
        Assert.Equal(first.MessageId, mail.InReplyTo);
        Assert.Equal([first.MessageId!], mail.References.ToList());
        Assert.NotEqual(first.MessageId, mail.MessageId);
    }

    [Fact]
    public async Task A_visitor_reading_Dutch_gets_the_confirmation_in_Dutch()
    {
        var browser = portal.BrowserAt("203.0.113.42");
        browser.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");
        var email = People.NewEmail("bezoeker");
        var form = await browser.GetAsync("/contact");
        var sent = await browser.SubmitAndFollowAsync(form, Message(email));
        Assert.Equal("Bedankt", sent.Heading);
        var number = await portal.WithDbAsync(db => db.Set<Ticket>().Where(t => t.Email == email).Select(t => t.Number).SingleAsync());
        var mail = await Mailbox.WaitForAsync(email, $"[#{number}]");
        Assert.Equal($"[#{number}] We hebben je bericht ontvangen", mail.Subject);
    }

    [Fact]
    public async Task A_signed_in_customer_finds_the_address_filled_in_and_the_ticket_is_theirs()
    {
        var browser = portal.BrowserAt("198.51.100.7");
        var email = People.NewEmail();
        await People.RegisterAsync(browser, People.PrivateCustomer(email));
        await People.ConfirmAsync(browser, email);
        await People.LoginAsync(browser, email);

        var form = await browser.GetAsync("/contact");
        Assert.Equal(email, form.Value("Email"));
        Assert.Equal("Jan Jansen", form.Value("Name"));
        // What the form says cannot send the answers elsewhere.
        var sent = await browser.SubmitAndFollowAsync(form, Message("someone-else@example.nl"));
        Assert.Equal("Thank you", sent.Heading);

        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var ticket = await portal.WithDbAsync(db => db.Set<Ticket>().AsNoTracking().SingleAsync(t => t.PersonId == personId));
        Assert.Equal(email, ticket.Email);
        Assert.Equal("Jan Jansen", ticket.Name);
        var contact = await portal.WithDbAsync(db => db.Set<ContactMessage>().AsNoTracking().SingleAsync(m => m.TicketId == ticket.Id));
        Assert.Equal(personId, contact.PersonId);
        Assert.Equal("198.51.100.7", contact.SenderIp);
        await Mailbox.WaitForAsync(email, $"[#{ticket.Number}]");
        await Outbox.AssertNoMailAsync(portal, "someone-else@example.nl");
    }

    [Fact]
    public async Task A_customer_gets_the_confirmation_in_the_language_of_the_account_whatever_the_page_is_in()
    {
        var browser = portal.BrowserAt("198.51.100.8");
        browser.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");
        var email = People.NewEmail();
        await People.RegisterAsync(browser, People.PrivateCustomer(email));
        var confirmation = await browser.GetAsync(Mailbox.Link(await Mailbox.WaitForAsync(email, "Bevestig je e-mailadres")));
        await browser.SubmitAndFollowAsync(confirmation, new Dictionary<string, string>(StringComparer.Ordinal));
        browser.Client.DefaultRequestHeaders.AcceptLanguage.Clear();
        browser.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        await People.LoginAsync(browser, email);

        var sent = await browser.SubmitAndFollowAsync(await browser.GetAsync("/contact"), Message(email));
        Assert.Equal("Thank you", sent.Heading);
        var number = await portal.WithDbAsync(db => db.Set<Ticket>().Where(t => t.Email == email).Select(t => t.Number).SingleAsync());
        var mail = await Mailbox.WaitForAsync(email, $"[#{number}]");
        Assert.Equal($"[#{number}] We hebben je bericht ontvangen", mail.Subject);
    }

    [Fact]
    public async Task Every_field_has_its_own_error_and_a_rejected_form_keeps_what_was_typed()
    {
        var browser = portal.BrowserAt("203.0.113.43");
        var form = await browser.GetAsync("/contact");
        var rejected = await browser.SubmitAndFollowAsync(form, Fields(("Email", "not an address"), ("Name", "Vera"), ("Topic", ""), ("Subject", ""), ("Message", "")));

        Assert.Equal(HttpStatusCode.OK, rejected.Status);
        Assert.Equal("This is not a valid e-mail address.", rejected.FieldError("Email"));
        Assert.Equal("Please choose what your question is about.", rejected.FieldError("Topic"));
        Assert.Equal("Please enter a subject.", rejected.FieldError("Subject"));
        Assert.Equal("Please write your message.", rejected.FieldError("Message"));
        Assert.Null(rejected.FieldError("Name"));
        Assert.Equal("not an address", rejected.Value("Email"));
        Assert.Equal("Vera", rejected.Value("Name"));

        var second = await browser.SubmitAndFollowAsync(rejected, Fields(("Email", ""), ("Topic", "Sales"), ("Subject", "A question"), ("Message", "Do you sell .nl domains?")));
        Assert.Equal("Please enter your e-mail address.", second.FieldError("Email"));
        Assert.Null(second.FieldError("Topic"));
        Assert.Equal("Sales", second.Value("Topic"));
        Assert.Equal("A question", second.Value("Subject"));
        Assert.Contains("Do you sell .nl domains?", second.Document.QuerySelector("textarea[name='Message']")!.TextContent, StringComparison.Ordinal);

        var dutch = portal.BrowserAt("203.0.113.43");
        dutch.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl");
        var dutchRejected = await dutch.SubmitAndFollowAsync(await dutch.GetAsync("/contact"), Fields(("Email", "")));
        Assert.Equal("Vul je e-mailadres in.", dutchRejected.FieldError("Email"));
        Assert.Equal("Kies waar je vraag over gaat.", dutchRejected.FieldError("Topic"));
    }

    [Fact]
    public async Task A_filled_in_honeypot_is_answered_as_sent_and_stores_nothing()
    {
        var browser = portal.BrowserAt("203.0.113.44");
        var email = People.NewEmail("bot");
        var form = await browser.GetAsync("/contact");
        var trap = form.Document.QuerySelector("input[name='Website']")!;
        Assert.Equal("true", trap.ParentElement!.GetAttribute("aria-hidden"));
        Assert.Contains("trap", trap.ParentElement.ClassName, StringComparison.Ordinal);

        var fields = Message(email);
        fields["Website"] = "https://cheap-pills.example";
        var answer = await browser.SubmitAndFollowAsync(form, fields);

        Assert.Equal("Thank you", answer.Heading);
        Assert.False(await portal.WithDbAsync(db => db.Set<ContactMessage>().AnyAsync(m => m.Email == email)));
        Assert.False(await portal.WithDbAsync(db => db.Set<Ticket>().AnyAsync(t => t.Email == email)));
        Assert.False(await portal.WithDbAsync(db => db.Set<QueuedMail>().AnyAsync(m => m.ToAddress == email)));
        await Outbox.AssertNoMailAsync(portal, email);
    }

    [Fact]
    public async Task The_thank_you_page_takes_no_number_from_the_address()
    {
        var browser = portal.BrowserAt("203.0.113.45");
        var page = await browser.GetAsync("/contact/sent?number=666&TicketNumber=666");
        Assert.Equal("Thank you", page.Heading);
        Assert.DoesNotContain("666", page.Text, StringComparison.Ordinal);
    }

    internal static Dictionary<string, string> Message(string email, string name = "") =>
        Fields(("Email", email), ("Name", name), ("Topic", "Billing"), ("Subject", "Invoice 2026-0042"), ("Message", "Why is my invoice higher than last month?"));

    internal static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
