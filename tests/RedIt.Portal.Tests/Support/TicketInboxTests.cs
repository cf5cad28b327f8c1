using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Support;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.1")]
public sealed class TicketInboxTests(PortalFactory portal)
{
    [Fact]
    public async Task Tickets_opened_at_the_same_moment_each_get_their_own_number()
    {
        const int Together = 8;
        var email = People.NewEmail("parallel");
        // Started once before the race: the first touch of Services starts the portal, and eight at once would start eight.
        var services = portal.Services;
        var opened = await Task.WhenAll(Enumerable.Range(0, Together).Select(i => Task.Run(async () =>
        {
            await using var scope = services.CreateAsyncScope();
            var inbox = scope.ServiceProvider.GetRequiredService<TicketInbox>();
            return (await inbox.OpenAsync(new NewTicket(null, email, null, TicketTopic.Support, $"Question {i}", $"Body {i}"))).Number;
        })));

        Assert.Equal(Together, opened.Distinct().Count());
        var stored = await portal.WithDbAsync(db => db.Set<Ticket>().AsNoTracking().Include(t => t.Messages).Where(t => t.Email == email).ToListAsync());
        Assert.Equal(opened.Order(), stored.Select(t => t.Number).Order());
        Assert.All(stored, t =>
        {
            Assert.True(t.Number >= TicketInbox.FirstNumber);
            Assert.Equal(TicketStatus.New, t.Status);
            Assert.Equal(t.OpenedAt, t.WaitingSince);
            Assert.Equal(t.Subject.Replace("Question", "Body", StringComparison.Ordinal), Assert.Single(t.Messages).Body);
        });
    }
}
