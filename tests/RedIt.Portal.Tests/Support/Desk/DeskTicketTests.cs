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
public sealed class DeskTicketTests(PortalFactory portal)
{
    [Fact]
    public async Task The_ticket_page_shows_the_thread_and_the_customer_and_every_view_is_audited()
    {
        var (_, customerEmail) = await People.SignedInCustomerAsync(portal);
        var personId = await UserIdAsync(customerEmail);
        var ticket = New("Where is my invoice " + Token(), personId: personId, email: customerEmail);
        var note = new TicketMessage
        {
            Id = Guid.NewGuid(),
            TicketId = ticket.Id,
            Kind = TicketMessageKind.InternalNote,
            Body = "Customer called twice already.",
            SentAt = ticket.OpenedAt.AddMinutes(5),
        };
        await SeedAsync(portal, ticket, FromCustomer(ticket, "I cannot find my invoice."), note);
        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);

        var page = await support.GetAsync($"/desk/tickets/{ticket.Number}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("I cannot find my invoice.", page.Document.QuerySelector(".message-customer")!.TextContent, StringComparison.Ordinal);
        var shownNote = page.Document.QuerySelector(".message-note")!;
        Assert.Contains("Internal note", shownNote.TextContent, StringComparison.Ordinal);
        Assert.Contains("Customer called twice already.", shownNote.TextContent, StringComparison.Ordinal);
        var customer = page.Document.QuerySelector(".customer")!.TextContent;
        Assert.Contains("Jan Jansen", customer, StringComparison.Ordinal);
        Assert.Contains(customerEmail, customer, StringComparison.Ordinal);

        var entry = await portal.WithDbAsync(db => db.Set<AuditLogEntry>().AsNoTracking()
            .SingleAsync(e => e.Action == AuditAction.TicketViewed && e.SubjectPersonId == personId));
        Assert.Equal($"ticket {ticket.Number}", entry.Details);
        Assert.DoesNotContain(customerEmail, entry.Details, StringComparison.Ordinal);
        Assert.NotNull(entry.ActorUserId);
    }

    [Fact]
    public async Task Staff_take_a_ticket_hand_it_over_and_change_status_and_priority()
    {
        var ticket = await SeedAsync(portal, New("Hand over " + Token()));
        var (support, email) = await Staff.SignedInAsync(portal, PortalRoles.Support);
        var colleagueEmail = await People.StaffAsync(portal, PortalRoles.Support);
        var salesEmail = await People.StaffAsync(portal, PortalRoles.Sales);
        var url = $"/desk/tickets/{ticket.Number}";

        var taken = await support.SubmitAndFollowAsync(await support.GetAsync(url), new Dictionary<string, string>(), "/take");
        Assert.Contains("The ticket is yours now.", taken.Document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(await UserIdAsync(email), (await FindAsync(ticket.Number)).AssigneeUserId);

        // A Sales colleague cannot see a support ticket, so it cannot be handed to them.
        var salesId = await UserIdAsync(salesEmail);
        Assert.Null(taken.Document.QuerySelector($"select[name='userId'] option[value='{salesId}']"));
        var refused = await support.SubmitAndFollowAsync(taken, Form(("userId", salesId.ToString())), "/assign");
        Assert.Contains("Choose a colleague who works on this topic.", refused.Text, StringComparison.Ordinal);
        Assert.Equal(await UserIdAsync(email), (await FindAsync(ticket.Number)).AssigneeUserId);

        var colleague = await UserIdAsync(colleagueEmail);
        var handed = await support.SubmitAndFollowAsync(taken, Form(("userId", colleague.ToString())), "/assign");
        Assert.Contains("The ticket is handed over.", handed.Text, StringComparison.Ordinal);
        Assert.Equal(colleague, (await FindAsync(ticket.Number)).AssigneeUserId);

        var back = await support.SubmitAndFollowAsync(handed, Form(("userId", "")), "/assign");
        Assert.Contains("The ticket is back in the queue, unassigned.", back.Text, StringComparison.Ordinal);
        Assert.Null((await FindAsync(ticket.Number)).AssigneeUserId);

        var urgent = await support.SubmitAndFollowAsync(back, Form(("priority", "Urgent")), "/priority");
        Assert.Contains("The priority is changed.", urgent.Text, StringComparison.Ordinal);
        var closed = await support.SubmitAndFollowAsync(urgent, Form(("status", "Closed")), "/status");
        Assert.Contains("The status is changed.", closed.Text, StringComparison.Ordinal);
        var stored = await FindAsync(ticket.Number);
        Assert.Equal(TicketPriority.Urgent, stored.Priority);
        Assert.Equal(TicketStatus.Closed, stored.Status);
        Assert.NotNull(stored.ClosedAt);

        var reopened = await support.SubmitAndFollowAsync(closed, Form(("status", "Open")), "/status");
        Assert.Equal(HttpStatusCode.OK, reopened.Status);
        Assert.Null((await FindAsync(ticket.Number)).ClosedAt);
    }

    [Fact]
    public async Task An_internal_note_is_kept_on_the_ticket_and_never_mailed()
    {
        var ticket = await SeedAsync(portal, New("Note " + Token(), status: TicketStatus.Open));
        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);
        var page = await support.GetAsync($"/desk/tickets/{ticket.Number}");

        var empty = await support.SubmitAndFollowAsync(page, Form(("Note.Body", " ")), "/note");
        Assert.Equal("Please write the note.", empty.FieldError("Note.Body"));

        var done = await support.SubmitAndFollowAsync(page, Form(("Note.Body", "Checked the DNS: fine.")), "/note");
        Assert.Contains("The note is added. The customer does not see it.", done.Text, StringComparison.Ordinal);
        Assert.Contains("Checked the DNS: fine.", done.Document.QuerySelector(".message-note")!.TextContent, StringComparison.Ordinal);

        var stored = await portal.WithDbAsync(db => db.Set<Ticket>().AsNoTracking().Include(t => t.Messages).SingleAsync(t => t.Id == ticket.Id));
        var note = Assert.Single(stored.Messages);
        Assert.Equal(TicketMessageKind.InternalNote, note.Kind);
        Assert.Null(note.MessageId);
        Assert.Equal(TicketStatus.Open, stored.Status);
        Assert.NotNull(stored.WaitingSince);
        await Outbox.AssertNoMailAsync(portal, ticket.Email);
    }

    private Task<Ticket> FindAsync(int number) =>
        portal.WithDbAsync(db => db.Set<Ticket>().AsNoTracking().SingleAsync(t => t.Number == number));

    private Task<Guid> UserIdAsync(string email) =>
        portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static Dictionary<string, string> Form(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
