using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Contact;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Support;

// Clause 2.1: what someone asked before they had an account becomes theirs once they prove the address.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.1")]
public sealed class EarlierTicketsTests(PortalFactory portal)
{
    [Fact]
    public async Task A_visitors_tickets_join_the_account_when_its_address_is_confirmed_and_not_before()
    {
        var email = People.NewEmail("earlier");
        var stranger = People.NewEmail("stranger");
        var mine = "Before my account " + Guid.NewGuid().ToString("N")[..8];
        var theirs = "Someone else " + Guid.NewGuid().ToString("N")[..8];
        var visitor = new Browserless(portal.CreateClient());
        // Typed differently from the account's address: an address is the same in any case.
        await AskAsync(visitor, email.ToUpperInvariant(), mine);
        await AskAsync(visitor, stranger, theirs);

        await People.RegisterAsync(visitor, People.PrivateCustomer(email));
        Assert.Null((await TicketAsync(mine)).PersonId);

        await People.ConfirmAsync(visitor, email);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var ticket = await TicketAsync(mine);
        Assert.Equal(personId, ticket.PersonId);
        Assert.Equal(personId, Assert.Single(ticket.Messages).AuthorUserId);
        Assert.Equal(personId, await portal.WithDbAsync(db => db.Set<ContactMessage>().Where(m => m.TicketId == ticket.Id).Select(m => m.PersonId).SingleAsync()));
        Assert.Null((await TicketAsync(theirs)).PersonId);

        await People.LoginAsync(visitor, email);
        var list = await visitor.GetAsync("/profile/tickets");
        Assert.Contains(mine, list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs, list.Text, StringComparison.Ordinal);
        Assert.Contains(mine, (await visitor.GetAsync($"/profile/tickets/{ticket.Number}")).Text, StringComparison.Ordinal);
    }

    private static async Task AskAsync(Browserless visitor, string email, string subject)
    {
        var sent = await visitor.SubmitAndFollowAsync(await visitor.GetAsync("/contact"), new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Email"] = email, ["Topic"] = "Support", ["Subject"] = subject, ["Message"] = "A question from " + email,
        });
        Assert.Equal("Thank you", sent.Heading);
    }

    private Task<Ticket> TicketAsync(string subject) =>
        portal.WithDbAsync(db => db.Set<Ticket>().AsNoTracking().Include(t => t.Messages).SingleAsync(t => t.Subject == subject));
}
