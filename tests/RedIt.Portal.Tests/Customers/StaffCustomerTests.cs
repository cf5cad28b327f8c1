using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Consent;
using RedIt.Portal.Tests.Infrastructure;
using static RedIt.Portal.Tests.Support.Desk.DeskTickets;

namespace RedIt.Portal.Tests.Customers;

// Staff look a customer up and see what clause 1.1 collects, with their questions (2.1).
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "1.1")]
public sealed class StaffCustomerTests(PortalFactory portal)
{
    [Fact]
    [Trait("Policy", "2.1")]
    public async Task Support_finds_a_customer_by_number_name_or_address_and_sees_their_details_and_tickets()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var (personId, number) = await CustomerAsync(email);
        var question = New("Mail does not arrive " + Token(), personId: personId, email: email);
        await SeedAsync(portal, question, FromCustomer(question, "Since this morning."));
        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);

        foreach (var search in new[] { number.ToString(System.Globalization.CultureInfo.InvariantCulture), email.ToUpperInvariant() })
        {
            var found = await support.GetAsync("/staff/customers?q=" + Uri.EscapeDataString(search));
            Assert.Equal(HttpStatusCode.OK, found.Status);
            var row = Assert.Single(found.Document.QuerySelectorAll("table.customers tbody tr"));
            Assert.Equal(number.ToString(System.Globalization.CultureInfo.InvariantCulture), row.GetAttribute("data-customer"));
            Assert.Contains("Jan Jansen", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("Amsterdam", row.TextContent, StringComparison.Ordinal);
        }

        var none = await support.GetAsync("/staff/customers?q=" + Token());
        Assert.Empty(none.Document.QuerySelectorAll("table.customers tbody tr"));
        Assert.Contains("No customer matches.", none.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var details = await support.GetAsync($"/staff/customers/{number}");
        Assert.Equal(HttpStatusCode.OK, details.Status);
        var text = details.Document.QuerySelector("main")!.TextContent;
        foreach (var expected in new[] { "Jan Jansen", email, "Damrak 1", "1012 LG Amsterdam", "Private customer", number.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var phone = await portal.WithDbAsync(db => db.Users.Where(u => u.Id == personId).Select(u => u.PhoneNumber).SingleAsync());
        Assert.Contains(RedIt.Portal.Features.Customers.PhoneNumbers.Display(phone), text, StringComparison.Ordinal);
        var ticketRow = Assert.Single(details.Document.QuerySelectorAll("table.tickets tbody tr"));
        Assert.Equal(question.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), ticketRow.GetAttribute("data-ticket"));
        var audited = await portal.WithDbAsync(db => db.Set<AuditLogEntry>()
            .Where(e => e.Action == AuditAction.CustomerViewed && e.SubjectPersonId == personId).ToListAsync());
        var entry = Assert.Single(audited);
        Assert.Equal($"customer {number}", entry.Details);
        Assert.NotNull(entry.ActorUserId);

        // The ticket page leads to the customer.
        var ticket = await support.GetAsync($"/desk/tickets/{question.Number}");
        Assert.NotNull(ticket.Document.QuerySelector($".customer a[href='/staff/customers/{number}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await support.GetAsync($"/staff/customers/{number + 1_000_000}")).Status);
    }

    [Fact]
    [Trait("Policy", "2.1")]
    public async Task Sales_sees_the_customer_but_of_the_tickets_only_the_sales_questions()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var (personId, number) = await CustomerAsync(email);
        var support = New("Support question " + Token(), TicketTopic.Support, personId: personId, email: email);
        var sales = New("Sales question " + Token(), TicketTopic.Sales, personId: personId, email: email);
        await SeedAsync(portal, support, FromCustomer(support, "Help."));
        await SeedAsync(portal, sales, FromCustomer(sales, "Offer?"));
        var (salesStaff, _) = await Staff.SignedInAsync(portal, PortalRoles.Sales);

        var details = await salesStaff.GetAsync($"/staff/customers/{number}");

        Assert.Equal(HttpStatusCode.OK, details.Status);
        var row = Assert.Single(details.Document.QuerySelectorAll("table.tickets tbody tr"));
        Assert.Equal(sales.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), row.GetAttribute("data-ticket"));
    }

    private Task<(Guid Id, int Number)> CustomerAsync(string email) =>
        portal.WithDbAsync(db => db.Customers.Where(c => c.User.Email == email).Select(c => new ValueTuple<Guid, int>(c.Id, c.Number)).SingleAsync());
}
