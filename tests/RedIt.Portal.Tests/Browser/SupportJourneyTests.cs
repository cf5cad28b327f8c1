using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Features.Support.Incoming;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Support.Incoming;
using Xunit.Sdk;
using static Microsoft.Playwright.Assertions;

namespace RedIt.Portal.Tests.Browser;

// One conversation end to end: the contact form, the desk, the mail out and the mail back in,
// and the visitor who later makes an account and finds it all under My tickets.
[Trait("Policy", "2.1")]
[Trait("Policy", "1.2")]
public sealed partial class SupportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Question = "Since this morning my website shows an error 500.";
    private const string StaffAnswer = "We restarted the web server; your website is back.";
    private const string MailedAnswer = "Thank you, it works again. I did not change anything myself.";

    [Fact]
    public async Task A_visitor_asks_staff_reply_the_mailed_answer_joins_the_ticket_and_the_visitor_finds_the_thread_after_signing_up()
    {
        var email = People.NewEmail("journey");
        var subject = "Website down " + Guid.NewGuid().ToString("N")[..8];
        var visitor = await browser.NewPageAsync();
        var staff = await browser.NewPageAsync();
        var current = visitor;
        try
        {
            var number = await AskThroughTheContactFormAsync(visitor, email, subject);
            var confirmation = await Mailbox.WaitForAsync(email, $"[#{number}]");
            Assert.Equal($"[#{number}] We received your message", confirmation.Subject);

            current = staff;
            await ReplyAtTheDeskAsync(staff, await People.StaffAsync(browser.Portal, "Support"), number, subject);
            var reply = await Mailbox.WaitForAsync(email, "Our answer to your message");
            Assert.Contains($"[#{number}]", reply.Subject, StringComparison.Ordinal);
            Assert.Contains(StaffAnswer, reply.TextBody, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(reply.MessageId));
            // Threaded under the visitor's question, the same root the confirmation hangs from.
            Assert.False(string.IsNullOrWhiteSpace(reply.InReplyTo));
            Assert.Equal(confirmation.InReplyTo, reply.InReplyTo);
            Assert.Equal([reply.InReplyTo], reply.References.ToList());

            await AnswerByMailAsync(email, reply);
            Assert.Equal(1, await browser.Portal.WithDbAsync(db => db.Set<Ticket>().CountAsync(t => t.Email == email)));

            current = visitor;
            await Journeys.SignUpConfirmAndSignInAsync(visitor, email, "Vera", "Bezoeker");
            await ReadTheThreadAsync(visitor, number, subject);
        }
        catch (Exception failure)
        {
            throw new XunitException($"{await Journeys.ScreenshotNoteAsync(current, "support-journey")}{Environment.NewLine}{failure.Message}", failure);
        }
        finally
        {
            await visitor.Context.CloseAsync();
            await staff.Context.CloseAsync();
        }
    }

    private static async Task<int> AskThroughTheContactFormAsync(IPage page, string email, string subject)
    {
        await page.GotoAsync("/contact");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Your name (optional)").FillAsync("Vera Bezoeker");
        await page.GetByLabel("Topic").SelectOptionAsync(new SelectOptionValue { Label = "Technical support" });
        await page.GetByLabel("Subject").FillAsync(subject);
        await page.GetByLabel("Your message").FillAsync(Question);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send message" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();

        var received = page.GetByText(TicketNumberText());
        await Expect(received).ToBeVisibleAsync();
        var number = TicketNumberText().Match(await received.TextContentAsync() ?? "").Groups[1].Value;
        return int.Parse(number, CultureInfo.InvariantCulture);
    }

    private static async Task ReplyAtTheDeskAsync(IPage page, string staffEmail, int number, string subject)
    {
        await Journeys.SignInStaffFirstTimeAsync(page, staffEmail);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Desk" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Support desk" })).ToBeVisibleAsync();
        await page.GetByLabel("Search (ticket number, subject, customer)").FillAsync(number.ToString(CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = $"#{number}" });
        await Expect(row).ToContainTextAsync(subject);
        await Expect(row).ToContainTextAsync("New");
        await row.GetByRole(AriaRole.Link, new() { Name = $"#{number}" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Ticket #{number}: {subject}" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(Question);
        // The browser reached the portal from this machine, so that is the address the form came from.
        var sent = page.Locator("#contact-forms");
        await Expect(sent).ToContainTextAsync("Sent with the contact form");
        await Expect(sent).ToContainTextAsync("IP address 127.0.0.1");

        await page.GetByLabel("Reply to the customer").FillAsync(StaffAnswer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your reply is on its way to the customer.");
    }

    // What the visitor's mail program sends when they press Reply: threaded under the desk's mail.
    private async Task AnswerByMailAsync(string email, MimeMessage reply)
    {
        var answer = new MimeMessage();
        answer.From.Add(new MailboxAddress("Vera Bezoeker", email));
        answer.To.AddRange(reply.ReplyTo.Count > 0 ? reply.ReplyTo : reply.From);
        answer.Subject = "Re: " + reply.Subject;
        answer.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("customer.example");
        answer.InReplyTo = reply.MessageId;
        answer.References.AddRange(reply.References);
        answer.References.Add(reply.MessageId!);
        answer.Body = new TextPart("plain") { Text = MailedAnswer };
        var mailbox = TestMailboxes.New();
        await TestMailboxes.PutAsync(mailbox, answer);

        // The service the scheduled job calls, run once: the job's timing is not what is tested here.
        var outcomes = await browser.Portal.Services.GetRequiredService<SupportMailFetcher>().FetchAsync(mailbox);
        Assert.Equal([MailImportOutcome.JoinedTicket], outcomes);
    }

    private static async Task ReadTheThreadAsync(IPage page, int number, string subject)
    {
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "My tickets" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My tickets" })).ToBeVisibleAsync();
        // One ticket: the mailed answer joined the question, it did not open a second one.
        var rows = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link) });
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows).ToContainTextAsync(subject);
        await rows.GetByRole(AriaRole.Link, new() { Name = $"#{number}" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"#{number} {subject}" })).ToBeVisibleAsync();
        var messages = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem);
        await Expect(messages).ToHaveCountAsync(3);
        await Expect(messages.Nth(0)).ToContainTextAsync(Question);
        await Expect(messages.Nth(0)).ToContainTextAsync("You");
        await Expect(messages.Nth(1)).ToContainTextAsync(StaffAnswer);
        await Expect(messages.Nth(1)).ToContainTextAsync("RED-IT customer service");
        await Expect(messages.Nth(2)).ToContainTextAsync(MailedAnswer);
        await Expect(messages.Nth(2)).ToContainTextAsync("You");
    }

    [GeneratedRegex(@"We received your message as ticket #(\d+)\.")]
    private static partial Regex TicketNumberText();
}
