using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Support;

// Clause 2.1 from the customer's side: their questions and our answers, and nothing of the desk's notes.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.1")]
public sealed class MyTicketsTests(PortalFactory portal)
{
    [Fact]
    public async Task A_customer_reads_the_thread_without_internal_notes_replies_and_closes()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var profile = await browser.GetAsync("/profile");
        Assert.NotNull(profile.Document.QuerySelector("a[href='/profile/tickets']"));
        Assert.NotNull(profile.Document.QuerySelector("footer a[href='/contact']"));

        var form = await browser.GetAsync("/contact");
        await browser.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Topic"] = "Support", ["Subject"] = "Mail does not arrive", ["Message"] = "Since Monday no mail reaches info@.",
        });
        var ticket = await TicketOfAsync(email);
        await AddAsync(ticket.Id, TicketMessageKind.StaffReply, "Could you send us a bounce message?");
        await AddAsync(ticket.Id, TicketMessageKind.InternalNote, "Customer's MX points at the old cluster.");
        await portal.WithDbAsync(db => db.Set<Ticket>().Where(t => t.Id == ticket.Id)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.Status, TicketStatus.WaitingForCustomer).SetProperty(x => x.WaitingSince, (DateTime?)null)));

        var list = await browser.GetAsync("/profile/tickets");
        Assert.Equal("My tickets", list.Heading);
        var row = Assert.Single(list.Document.QuerySelectorAll("main table tbody tr"));
        Assert.Contains($"#{ticket.Number}", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mail does not arrive", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Waiting for your answer", row.TextContent, StringComparison.Ordinal);

        var thread = await browser.GetAsync($"/profile/tickets/{ticket.Number}");
        Assert.Equal(HttpStatusCode.OK, thread.Status);
        Assert.Contains("Since Monday no mail reaches info@.", thread.Text, StringComparison.Ordinal);
        Assert.Contains("Could you send us a bounce message?", thread.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("old cluster", thread.Html, StringComparison.Ordinal);

        var empty = await browser.SubmitAndFollowAsync(thread, new Dictionary<string, string>(StringComparer.Ordinal) { ["Reply.Message"] = " " });
        Assert.Equal("Please write your reply.", empty.FieldError("Reply.Message"));

        var replied = await browser.SubmitAndFollowAsync(thread, new Dictionary<string, string>(StringComparer.Ordinal) { ["Reply.Message"] = "Here it is: 550 mailbox unavailable." });
        Assert.Contains("Your reply was added to the ticket.", replied.Text, StringComparison.Ordinal);
        Assert.Contains("Here it is: 550 mailbox unavailable.", replied.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("old cluster", replied.Html, StringComparison.Ordinal);
        var after = await TicketOfAsync(email);
        Assert.Equal(TicketStatus.Open, after.Status);
        Assert.NotNull(after.WaitingSince);
        Assert.True(after.LastMessageAt > ticket.LastMessageAt);
        var reply = after.Messages.Single(m => m.Body == "Here it is: 550 mailbox unavailable.");
        Assert.Equal(TicketMessageKind.FromCustomer, reply.Kind);
        Assert.Equal(after.PersonId, reply.AuthorUserId);

        var confirm = await browser.GetAsync($"/profile/tickets/{ticket.Number}/close");
        Assert.Equal($"Close ticket #{ticket.Number}?", confirm.Heading);
        Assert.Equal(TicketStatus.Open, (await TicketOfAsync(email)).Status);
        var closed = await browser.SubmitAndFollowAsync(confirm, new Dictionary<string, string>(StringComparer.Ordinal));
        Assert.Contains("The ticket is closed.", closed.Text, StringComparison.Ordinal);
        var final = await TicketOfAsync(email);
        Assert.Equal(TicketStatus.Closed, final.Status);
        Assert.NotNull(final.ClosedAt);
    }

    [Fact]
    public async Task Another_customers_ticket_is_not_found_whatever_is_tried()
    {
        var (owner, ownerEmail) = await People.SignedInCustomerAsync(portal);
        await owner.SubmitAndFollowAsync(await owner.GetAsync("/contact"), new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Topic"] = "Sales", ["Subject"] = "Private matter", ["Message"] = "Only for my eyes.",
        });
        var number = (await TicketOfAsync(ownerEmail)).Number;
        var (other, _) = await People.SignedInCustomerAsync(portal);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/profile/tickets/{number}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/profile/tickets/{number}/close")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/profile/tickets/999999")).Status);
        var ownPage = await other.GetAsync("/profile/tickets");
        Assert.DoesNotContain("Private matter", ownPage.Text, StringComparison.Ordinal);
        Assert.Contains("You have no tickets yet.", ownPage.Text, StringComparison.Ordinal);

        var token = ownPage.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        foreach (var action in new[] { "reply", "close" })
        {
            using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Reply.Message", "Mine now.")]);
            using var response = await other.Client.PostAsync(new Uri($"/profile/tickets/{number}/{action}", UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var untouched = await TicketOfAsync(ownerEmail);
        Assert.Equal(TicketStatus.New, untouched.Status);
        Assert.Single(untouched.Messages);
    }

    private Task<Ticket> TicketOfAsync(string email) =>
        portal.WithDbAsync(db => db.Set<Ticket>().AsNoTracking().Include(t => t.Messages).SingleAsync(t => t.Email == email));

    private async Task AddAsync(Guid ticketId, TicketMessageKind kind, string body)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RedIt.Portal.Data.PortalDbContext>();
        db.Add(new TicketMessage { Id = Guid.NewGuid(), TicketId = ticketId, Kind = kind, Body = body, SentAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }
}
