using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Consent;
using RedIt.Portal.Tests.Infrastructure;
using static RedIt.Portal.Tests.Support.Desk.DeskTickets;

namespace RedIt.Portal.Tests.Support.Desk;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.1")]
public sealed class DeskMergeTests(PortalFactory portal)
{
    private const string IntoField = "Input.Into";

    [Fact]
    public async Task Two_tickets_of_one_customer_merge_after_confirmation_and_the_merged_one_is_gone()
    {
        var (_, customerEmail) = await People.SignedInCustomerAsync(portal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == customerEmail).Select(u => u.Id).SingleAsync());
        var source = New("Second question " + Token(), personId: personId, email: customerEmail);
        var sourceMail = $"source-{Guid.NewGuid():N}@mail.example.nl";
        source.LastMessageAt = source.OpenedAt.AddMinutes(20);
        await SeedAsync(portal, source, FromCustomer(source, "Also my mailbox is full.", sourceMail, source.OpenedAt.AddMinutes(20)));
        var target = New("First question " + Token(), personId: personId, email: customerEmail, openedAt: source.OpenedAt.AddMinutes(-30));
        await SeedAsync(portal, target, FromCustomer(target, "My site is slow.", $"target-{Guid.NewGuid():N}@mail.example.nl", target.OpenedAt));
        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);

        var ticketPage = await support.GetAsync($"/desk/tickets/{source.Number}");
        Assert.NotNull(ticketPage.Document.QuerySelector($"a[href='/desk/tickets/{source.Number}/merge']"));
        var form = await support.GetAsync($"/desk/tickets/{source.Number}/merge");
        var confirm = await support.SubmitAndFollowAsync(form, Form((IntoField, $"#{target.Number}")), "/merge");
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        var question = confirm.Document.QuerySelector(".merge-confirm")!.TextContent;
        Assert.Contains($"Merge ticket #{source.Number} into ticket #{target.Number}?", question, StringComparison.Ordinal);
        Assert.Contains(source.Subject, question, StringComparison.Ordinal);
        Assert.Contains(target.Subject, question, StringComparison.Ordinal);
        Assert.Contains("cannot be undone", question, StringComparison.Ordinal);
        Assert.True(await portal.WithDbAsync(db => db.Set<Ticket>().AnyAsync(t => t.Id == source.Id)), "Nothing is merged before the confirmation.");

        var merged = await support.SubmitAndFollowAsync(confirm, Form(), "/merge/confirm");
        Assert.EndsWith($"/desk/tickets/{target.Number}", merged.Url, StringComparison.Ordinal);
        Assert.Contains("The tickets are merged.", merged.Document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Also my mailbox is full.", merged.Text, StringComparison.Ordinal);
        Assert.Contains($"Ticket #{source.Number} was merged into this one.", merged.Document.QuerySelector(".message-note")!.TextContent, StringComparison.Ordinal);

        Assert.False(await portal.WithDbAsync(db => db.Set<Ticket>().AnyAsync(t => t.Id == source.Id || t.Number == source.Number)));
        var moved = await portal.WithDbAsync(db => db.Set<TicketMessage>().AsNoTracking().SingleAsync(m => m.MessageId == sourceMail));
        Assert.Equal(target.Id, moved.TicketId);
        var stored = await portal.WithDbAsync(db => db.Set<Ticket>().AsNoTracking().Include(t => t.Messages).SingleAsync(t => t.Id == target.Id));
        Assert.Equal(3, stored.Messages.Count);
        Assert.Equal(source.LastMessageAt, stored.LastMessageAt, TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.NotFound, (await support.GetAsync($"/desk/tickets/{source.Number}")).Status);

        var entry = await portal.WithDbAsync(db => db.Set<AuditLogEntry>().AsNoTracking()
            .SingleAsync(e => e.Action == AuditAction.TicketsMerged && e.SubjectPersonId == personId));
        Assert.Equal($"ticket {source.Number} merged into {target.Number}", entry.Details);
        Assert.NotNull(entry.ActorUserId);
    }

    [Fact]
    public async Task Tickets_without_an_account_merge_when_the_address_matches_in_any_case()
    {
        var email = People.NewEmail("visitor");
        var source = await SeedAsync(portal, New("No account " + Token(), email: email));
        var target = await SeedAsync(portal, New("No account either " + Token(), email: email.ToUpperInvariant()));
        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);

        var confirm = await support.SubmitAndFollowAsync(await support.GetAsync($"/desk/tickets/{source.Number}/merge"), Form((IntoField, $"{target.Number}")), "/merge");
        var merged = await support.SubmitAndFollowAsync(confirm, Form(), "/merge/confirm");

        Assert.EndsWith($"/desk/tickets/{target.Number}", merged.Url, StringComparison.Ordinal);
        Assert.False(await portal.WithDbAsync(db => db.Set<Ticket>().AnyAsync(t => t.Id == source.Id)));
    }

    [Fact]
    public async Task A_wrong_number_another_person_or_an_invisible_ticket_is_refused_on_the_form_and_nothing_changes()
    {
        var email = People.NewEmail("visitor");
        var source = New("Refused " + Token(), topic: TicketTopic.Sales, email: email);
        await SeedAsync(portal, source, FromCustomer(source, "A question about prices."));
        var someoneElse = await SeedAsync(portal, New("Someone else " + Token(), topic: TicketTopic.Sales));
        var (_, customerEmail) = await People.SignedInCustomerAsync(portal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == customerEmail).Select(u => u.Id).SingleAsync());
        // Same address, but one of them is an account's ticket: not shown to be the same person.
        var withAccount = await SeedAsync(portal, New("With account " + Token(), topic: TicketTopic.Sales, personId: personId, email: email));
        var otherTopic = await SeedAsync(portal, New("Support topic " + Token(), topic: TicketTopic.Support, email: email));
        var sameSales = await SeedAsync(portal, New("Same person " + Token(), topic: TicketTopic.Sales, email: email));
        var unknown = NextNumber();

        var (sales, _) = await Staff.SignedInAsync(portal, PortalRoles.Sales);
        var form = await sales.GetAsync($"/desk/tickets/{source.Number}/merge");
        async Task<string?> RefusedAsync(string into, string action)
        {
            var page = await sales.SubmitAndFollowAsync(form, Form((IntoField, into)), action);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Null(page.Document.QuerySelector(".merge-confirm"));
            return page.FieldError(IntoField);
        }

        const string action = "/merge";
        Assert.Equal("Enter the number of the ticket to merge into.", await RefusedAsync("", action));
        Assert.Equal("Enter the number of the ticket to merge into.", await RefusedAsync("abc", action));
        Assert.Equal("There is no ticket with this number on your desk.", await RefusedAsync($"{unknown}", action));
        Assert.Equal("This is the ticket itself. Enter the number of another ticket.", await RefusedAsync($"#{source.Number}", action));
        Assert.Equal("That ticket is from someone else. Only tickets of the same person can be merged.", await RefusedAsync($"{someoneElse.Number}", action));
        Assert.Equal("That ticket is from someone else. Only tickets of the same person can be merged.", await RefusedAsync($"{withAccount.Number}", action));
        // The same person's ticket, but outside Sales' topics: for Sales it does not exist.
        Assert.Equal("There is no ticket with this number on your desk.", await RefusedAsync($"{otherTopic.Number}", action));

        // The confirmation is checked again: a changed number is refused there too.
        var confirm = await sales.SubmitAndFollowAsync(form, Form((IntoField, $"{sameSales.Number}")), "/merge");
        Assert.NotNull(confirm.Document.QuerySelector(".merge-confirm"));
        var forged = await sales.SubmitAndFollowAsync(confirm, Form((IntoField, $"{someoneElse.Number}")), "/merge/confirm");
        Assert.Equal("That ticket is from someone else. Only tickets of the same person can be merged.", forged.FieldError(IntoField));

        var tickets = await portal.WithDbAsync(db => db.Set<Ticket>().AsNoTracking()
            .Where(t => t.Id == source.Id || t.Id == someoneElse.Id || t.Id == withAccount.Id || t.Id == otherTopic.Id || t.Id == sameSales.Id)
            .Select(t => new { t.Id, Messages = t.Messages.Count }).ToListAsync());
        Assert.Equal(5, tickets.Count);
        Assert.Equal(1, tickets.Single(t => t.Id == source.Id).Messages);
        Assert.All(tickets.Where(t => t.Id != source.Id), t => Assert.Equal(0, t.Messages));
        Assert.False(await portal.WithDbAsync(db => db.Set<AuditLogEntry>().AnyAsync(e => e.Action == AuditAction.TicketsMerged && e.Details.Contains($"ticket {source.Number} "))));
    }

    private static Dictionary<string, string> Form(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
