using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Consent;
using RedIt.Portal.Tests.Infrastructure;
using static RedIt.Portal.Tests.Support.Desk.DeskTickets;

namespace RedIt.Portal.Tests.Support.Desk;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.1")]
public sealed class DeskQueueTests(PortalFactory portal)
{
    [Fact]
    public async Task The_queue_filters_by_status_topic_and_assignee_sorts_by_age_and_counts_per_status()
    {
        var (support, email) = await Staff.SignedInAsync(portal, PortalRoles.Support);
        var me = await UserIdAsync(email);
        var token = Token();
        var now = DateTime.UtcNow;
        var oldest = await SeedAsync(portal, New($"{token} oldest", openedAt: now.AddDays(-3), waitingSince: now.AddHours(-1)));
        var open = await SeedAsync(portal, New($"{token} open", status: TicketStatus.Open, openedAt: now.AddDays(-2), waitingSince: now.AddDays(-2), assignee: me));
        var waiting = await SeedAsync(portal, New($"{token} waiting", topic: TicketTopic.Sales, status: TicketStatus.WaitingForCustomer, openedAt: now.AddDays(-1)));
        var closed = await SeedAsync(portal, New($"{token} closed", status: TicketStatus.Closed, openedAt: now.AddDays(-4)));

        var queue = await support.GetAsync($"/desk?q={token}");
        Assert.Equal("Support desk", queue.Heading);
        // Not closed, oldest first.
        Assert.Equal([oldest.Number, open.Number, waiting.Number], Numbers(queue));
        Assert.Contains("Not closed (3)", queue.Text, StringComparison.Ordinal);
        Assert.Contains("New (1)", queue.Text, StringComparison.Ordinal);
        Assert.Contains("Waiting for customer (1)", queue.Text, StringComparison.Ordinal);
        Assert.Contains("Closed (1)", queue.Text, StringComparison.Ordinal);
        Assert.Contains("All tickets (4)", queue.Text, StringComparison.Ordinal);

        Assert.Equal([closed.Number], Numbers(await support.GetAsync($"/desk?q={token}&status=closed")));
        Assert.Equal([open.Number], Numbers(await support.GetAsync($"/desk?q={token}&status=open")));
        Assert.Equal([closed.Number, oldest.Number, open.Number, waiting.Number], Numbers(await support.GetAsync($"/desk?q={token}&status=all")));
        Assert.Equal([waiting.Number], Numbers(await support.GetAsync($"/desk?q={token}&topic=sales")));
        Assert.Equal([open.Number], Numbers(await support.GetAsync($"/desk?q={token}&assignee=me")));
        Assert.Equal([open.Number], Numbers(await support.GetAsync($"/desk?q={token}&assignee={me}")));
        Assert.Equal([oldest.Number, waiting.Number], Numbers(await support.GetAsync($"/desk?q={token}&assignee=none")));
        // Waiting longest: the earliest WaitingSince first; those not waiting (answered) last.
        Assert.Equal([open.Number, oldest.Number, waiting.Number], Numbers(await support.GetAsync($"/desk?q={token}&sort=waiting")));

        // The tabs keep the other filters.
        var sales = await support.GetAsync($"/desk?q={token}&topic=sales");
        Assert.Contains("Not closed (1)", sales.Text, StringComparison.Ordinal);
        var closedTab = sales.Document.QuerySelector("nav.tabs a[data-status='closed']")!.GetAttribute("href")!;
        Assert.Contains("topic=sales", closedTab, StringComparison.Ordinal);
        Assert.Contains($"q={token}", closedTab, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_queue_finds_a_ticket_by_number_subject_or_customer()
    {
        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);
        var token = Token();
        var email = People.NewEmail("finder");
        var ticket = await SeedAsync(portal, New($"Mailbox full {token}", email: email));
        var other = await SeedAsync(portal, New($"Other {token}"));
        // A subject that quotes the number: found by the bare number, not by "#number".
        var quoting = await SeedAsync(portal, New($"About ticket {ticket.Number} {token}"));

        Assert.Equal([ticket.Number, quoting.Number], Numbers(await support.GetAsync($"/desk?q={ticket.Number}")).Order());
        Assert.DoesNotContain(other.Number, Numbers(await support.GetAsync($"/desk?q={ticket.Number}")));
        Assert.Equal([ticket.Number], Numbers(await support.GetAsync($"/desk?q=%23{ticket.Number}")));
        Assert.Equal([ticket.Number], Numbers(await support.GetAsync($"/desk?q=MAILBOX+FULL+{token}")));
        Assert.Equal([ticket.Number], Numbers(await support.GetAsync($"/desk?q={Uri.EscapeDataString(email.ToUpperInvariant())}")));
        Assert.Equal([ticket.Number, other.Number, quoting.Number], Numbers(await support.GetAsync($"/desk?q={token}")));
    }

    [Fact]
    public async Task Sales_and_Finance_see_the_tickets_of_their_topic_only()
    {
        var token = Token();
        var sales = await SeedAsync(portal, New($"{token} sales", topic: TicketTopic.Sales));
        var billing = await SeedAsync(portal, New($"{token} billing", topic: TicketTopic.Billing));
        var support = await SeedAsync(portal, New($"{token} support"));

        var (salesPerson, _) = await Staff.SignedInAsync(portal, PortalRoles.Sales);
        Assert.Equal([sales.Number], Numbers(await salesPerson.GetAsync($"/desk?q={token}&status=all")));
        // Asking for another topic shows nothing rather than that topic.
        Assert.Empty(Numbers(await salesPerson.GetAsync($"/desk?q={token}&topic=billing")));
        Assert.Equal(HttpStatusCode.OK, (await salesPerson.GetAsync($"/desk/tickets/{sales.Number}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await salesPerson.GetAsync($"/desk/tickets/{billing.Number}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await salesPerson.GetAsync($"/desk/tickets/{support.Number}")).Status);

        var (finance, _) = await Staff.SignedInAsync(portal, PortalRoles.Finance);
        Assert.Equal([billing.Number], Numbers(await finance.GetAsync($"/desk?q={token}")));
        Assert.Equal(HttpStatusCode.NotFound, (await finance.GetAsync($"/desk/tickets/{sales.Number}")).Status);

        var (admin, _) = await Staff.SignedInAsync(portal, PortalRoles.Admin);
        Assert.Equal([sales.Number, billing.Number, support.Number], Numbers(await admin.GetAsync($"/desk?q={token}")));
    }

    [Fact]
    public async Task A_customer_is_refused_the_desk_and_staff_find_it_in_the_menu()
    {
        var ticket = await SeedAsync(portal, New("Refused " + Token()));
        var (customer, _) = await People.SignedInCustomerAsync(portal);
        foreach (var url in new[] { "/desk", $"/desk/tickets/{ticket.Number}" })
        {
            using var response = await customer.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.Null((await customer.GetAsync("/profile")).Document.QuerySelector("header nav a[href='/desk']"));
        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);
        Assert.NotNull((await support.GetAsync("/profile")).Document.QuerySelector("header nav a[href='/desk']"));
    }

    private static List<int> Numbers(Browserless.Page page) =>
        page.Document.QuerySelectorAll("table.tickets tbody tr").Select(r => int.Parse(r.GetAttribute("data-ticket")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private Task<Guid> UserIdAsync(string email) =>
        portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}
