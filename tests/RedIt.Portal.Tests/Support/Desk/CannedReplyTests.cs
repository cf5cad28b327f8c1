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
public sealed class CannedReplyTests(PortalFactory portal)
{
    [Fact]
    public async Task Support_keep_standard_replies_with_an_error_per_field_one_title_per_language_and_every_change_audited()
    {
        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);
        var token = Token();
        var title = "Welcome " + token;
        var form = await support.GetAsync("/desk/canned-replies/new");
        Assert.Equal(HttpStatusCode.OK, form.Status);

        var empty = await support.SubmitAndFollowAsync(form, Form(("Input.Title", " "), ("Input.Body", "")));
        Assert.Equal("Please give the reply a title.", empty.FieldError("Input.Title"));
        Assert.Equal("Please write the text of the reply.", empty.FieldError("Input.Body"));

        var wrongLanguage = await support.SubmitAndFollowAsync(form, Form(("Input.Title", title), ("Input.Culture", "de"), ("Input.Body", "Beste {name},")));
        Assert.Equal("Please choose the language of the reply.", wrongLanguage.FieldError("Input.Culture"));
        Assert.Equal(title, wrongLanguage.Value("Input.Title"));
        Assert.Equal("Beste {name},", wrongLanguage.Document.QuerySelector("textarea[name='Input.Body']")!.TextContent);
        Assert.False(await ExistsAsync(token));

        var added = await support.SubmitAndFollowAsync(form, Form(("Input.Title", title), ("Input.Culture", "nl"), ("Input.Topic", "Billing"), ("Input.Body", "Beste {name},\n\nUw factuur.")));
        Assert.Contains("The standard reply is added.", added.Text, StringComparison.Ordinal);
        var dutch = await portal.WithDbAsync(db => db.Set<CannedReply>().AsNoTracking().SingleAsync(r => r.Title == title));
        Assert.Equal(("nl", TicketTopic.Billing, "Beste {name},\n\nUw factuur."), (dutch.Culture, dutch.Topic, dutch.Body));
        Assert.NotNull(added.Document.QuerySelector($"tr[data-reply='{dutch.Id}']"));

        // The same title in another letter case, in the same language: refused, with the text kept.
        var taken = await support.SubmitAndFollowAsync(form, Form(("Input.Title", title.ToUpperInvariant()), ("Input.Culture", "nl"), ("Input.Body", "Another text")));
        Assert.Equal("There is already a standard reply with this title in this language. Choose another title.", taken.FieldError("Input.Title"));
        Assert.Equal("Another text", taken.Document.QuerySelector("textarea[name='Input.Body']")!.TextContent);
        Assert.Equal(1, await CountAsync(token));

        var english = await support.SubmitAndFollowAsync(form, Form(("Input.Title", title), ("Input.Culture", "en"), ("Input.Body", "Dear {name},")));
        Assert.Contains("The standard reply is added.", english.Text, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(token));
        var englishId = await portal.WithDbAsync(db => db.Set<CannedReply>().Where(r => r.Title == title && r.Culture == "en").Select(r => r.Id).SingleAsync());

        var search = await support.GetAsync($"/desk/canned-replies?q={token.ToUpperInvariant()}&culture=en");
        Assert.Equal([englishId.ToString()], search.Document.QuerySelectorAll("main table tbody tr").Select(r => r.GetAttribute("data-reply")!));
        var byText = await support.GetAsync($"/desk/canned-replies?q=uw+factuur+&culture=nl");
        Assert.NotNull(byText.Document.QuerySelector($"tr[data-reply='{dutch.Id}']"));

        var edit = await support.GetAsync($"/desk/canned-replies/{dutch.Id}/edit");
        Assert.Equal(title, edit.Value("Input.Title"));
        Assert.Equal("Billing", edit.Value("Input.Topic"));
        var clash = await support.SubmitAndFollowAsync(edit, Form(("Input.Culture", "en"), ("Input.Body", "Dear {name}, again")));
        Assert.Equal("There is already a standard reply with this title in this language. Choose another title.", clash.FieldError("Input.Title"));
        var saved = await support.SubmitAndFollowAsync(edit, Form(("Input.Topic", ""), ("Input.Body", "Beste {name}, uw factuur staat klaar.")));
        Assert.Contains("The standard reply is saved.", saved.Text, StringComparison.Ordinal);
        var changed = await portal.WithDbAsync(db => db.Set<CannedReply>().AsNoTracking().SingleAsync(r => r.Id == dutch.Id));
        Assert.Equal(("nl", null, "Beste {name}, uw factuur staat klaar."), (changed.Culture, changed.Topic, changed.Body));

        var confirm = await support.GetAsync($"/desk/canned-replies/{dutch.Id}/delete");
        Assert.Equal("Delete standard reply?", confirm.Heading);
        Assert.True(await portal.WithDbAsync(db => db.Set<CannedReply>().AnyAsync(r => r.Id == dutch.Id)));
        var deleted = await support.SubmitAndFollowAsync(confirm, Form(), $"/desk/canned-replies/{dutch.Id}/delete");
        Assert.Contains("The standard reply is deleted.", deleted.Text, StringComparison.Ordinal);
        Assert.False(await portal.WithDbAsync(db => db.Set<CannedReply>().AnyAsync(r => r.Id == dutch.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await support.GetAsync($"/desk/canned-replies/{dutch.Id}/edit")).Status);

        var entries = await portal.WithDbAsync(db => db.Set<AuditLogEntry>().AsNoTracking()
            .Where(e => e.Details.Contains(dutch.Id.ToString())).OrderBy(e => e.At).Select(e => e.Action).ToListAsync());
        Assert.Equal([AuditAction.CannedReplyCreated, AuditAction.CannedReplyChanged, AuditAction.CannedReplyDeleted], entries);
        Assert.Single(await portal.WithDbAsync(db => db.Set<AuditLogEntry>().Where(e => e.Details.Contains(englishId.ToString())).ToListAsync()));
    }

    [Theory]
    [InlineData(PortalRoles.Sales)]
    [InlineData(PortalRoles.Finance)]
    public async Task Sales_and_Finance_pick_standard_replies_on_their_tickets_but_do_not_keep_them(string role)
    {
        var reply = await SeedReplyAsync("en", null, "Thanks " + Token(), "Thank you, {name}.");
        var (staff, _) = await Staff.SignedInAsync(portal, role);
        foreach (var path in new[] { "/desk/canned-replies", "/desk/canned-replies/new", $"/desk/canned-replies/{reply.Id}/edit", $"/desk/canned-replies/{reply.Id}/delete" })
        {
            using var response = await staff.Client.GetAsync(path);
            Assert.Contains("/account/access-denied", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        }

        var ticket = await SeedAsync(portal, New("Their topic " + Token(), topic: role == PortalRoles.Sales ? TicketTopic.Sales : TicketTopic.Billing));
        var page = await staff.GetAsync($"/desk/tickets/{ticket.Number}?canned={reply.Id}");
        Assert.Equal("Thank you, Vera Visitor.", page.Document.QuerySelector("textarea[name='Reply.Body']")!.TextContent.Trim());
        Assert.Null(page.Document.QuerySelector("a[href='/desk/canned-replies']"));
    }

    [Fact]
    public async Task A_chosen_reply_fills_the_reply_box_with_the_customers_name_and_the_ticket_number()
    {
        var token = Token();
        var dutch = await SeedReplyAsync("nl", null, "Ontvangen " + token, "Beste {name},\n\nWe kijken naar ticket {ticket}. {unknown} blijft staan.");
        var english = await SeedReplyAsync("en", null, "Received " + token, "Dear {name}, about ticket #{ticket}:");
        var (_, customerEmail) = await People.SignedInCustomerAsync(portal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == customerEmail).Select(u => u.Id).SingleAsync());
        var own = await SeedAsync(portal, New("Known " + token, personId: personId, email: customerEmail));
        var stranger = New("Unknown " + token);
        stranger.Name = null;
        await SeedAsync(portal, stranger);
        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);

        var page = await support.GetAsync($"/desk/tickets/{own.Number}");
        Assert.Equal("", page.Document.QuerySelector("textarea[name='Reply.Body']")!.TextContent.Trim());
        var chooser = page.Form($"/desk/tickets/{own.Number}#reply");
        Assert.Equal("get", chooser.Method);
        var filled = await support.GetAsync($"/desk/tickets/{own.Number}?canned={dutch.Id}");
        var expected = $"Beste Jan Jansen,\n\nWe kijken naar ticket {own.Number}. {{unknown}} blijft staan.";
        Assert.Equal(expected, Box(filled));
        Assert.Equal(dutch.Id.ToString(), filled.Value("canned"));
        // The script inserts the same text without asking the server again.
        Assert.Equal(expected, filled.Document.QuerySelector($"option[value='{dutch.Id}']")!.GetAttribute("data-text"));
        Assert.NotNull(filled.Document.QuerySelector("script[src^='/js/canned-replies.js']"));

        Assert.Equal("Beste klant,\n\nWe kijken naar ticket " + stranger.Number + ". {unknown} blijft staan.", Box(await support.GetAsync($"/desk/tickets/{stranger.Number}?canned={dutch.Id}")));
        Assert.Equal($"Dear customer, about ticket #{stranger.Number}:", Box(await support.GetAsync($"/desk/tickets/{stranger.Number}?canned={english.Id}")));
        // Nothing chosen that exists: an empty box, not an error.
        Assert.Equal("", Box(await support.GetAsync($"/desk/tickets/{stranger.Number}?canned={Guid.NewGuid()}")));

        // Sending is the reply as edited, placeholders and all already filled in.
        var sent = await support.SubmitAndFollowAsync(filled, Form(("Reply.Body", expected + "\n\nSam")), "/reply");
        Assert.Contains("Your reply is on its way to the customer.", sent.Text, StringComparison.Ordinal);
        Assert.True(await portal.WithDbAsync(db => db.Set<TicketMessage>().AnyAsync(m => m.TicketId == own.Id && m.Kind == TicketMessageKind.StaffReply && m.Body == expected + "\n\nSam")));
    }

    [Fact]
    public async Task The_ticket_offers_its_language_first_and_within_it_its_topic_then_every_topic()
    {
        var token = Token();
        var nlAny = await SeedReplyAsync("nl", null, "A " + token, "nl, every topic");
        var enSales = await SeedReplyAsync("en", TicketTopic.Sales, "A " + token, "en, sales");
        var enAny = await SeedReplyAsync("en", null, "B " + token, "en, every topic");
        var enBilling = await SeedReplyAsync("en", TicketTopic.Billing, "C " + token, "en, billing");
        var nlBilling = await SeedReplyAsync("nl", TicketTopic.Billing, "B " + token, "nl, billing");
        var ticket = New("Invoice " + token, topic: TicketTopic.Billing);
        ticket.Culture = "en";
        await SeedAsync(portal, ticket);
        var (finance, _) = await Staff.SignedInAsync(portal, PortalRoles.Finance);

        var page = await finance.GetAsync($"/desk/tickets/{ticket.Number}");

        var offered = page.Document.QuerySelectorAll("select[name='canned'] option").Select(o => o.GetAttribute("value")).ToList();
        var mine = new[] { nlAny, enSales, enAny, enBilling, nlBilling }.Select(r => r.Id.ToString()).ToHashSet();
        Assert.Equal(
            new[] { enBilling, enAny, enSales, nlBilling, nlAny }.Select(r => r.Id.ToString()),
            offered.Where(id => mine.Contains(id!)));
        Assert.Equal(["English", "Nederlands"], page.Document.QuerySelectorAll("select[name='canned'] optgroup").Select(g => g.GetAttribute("label")!));
    }

    private static string Box(Browserless.Page page) =>
        page.Document.QuerySelector("textarea[name='Reply.Body']")!.TextContent.Trim().ReplaceLineEndings("\n");

    private async Task<CannedReply> SeedReplyAsync(string culture, TicketTopic? topic, string title, string body)
    {
        var reply = new CannedReply { Id = Guid.NewGuid(), Culture = culture, Topic = topic, Title = title, Body = body, UpdatedAt = DateTime.UtcNow };
        await portal.WithDbAsync(async db =>
        {
            db.Add(reply);
            return await db.SaveChangesAsync();
        });
        return reply;
    }

    private Task<bool> ExistsAsync(string token) => portal.WithDbAsync(db => db.Set<CannedReply>().AnyAsync(r => r.Title.Contains(token)));

    private Task<int> CountAsync(string token) => portal.WithDbAsync(db => db.Set<CannedReply>().CountAsync(r => r.Title.Contains(token)));

    private static Dictionary<string, string> Form(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
