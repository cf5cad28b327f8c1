using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Tests.Consent;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Calls;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.1")]
public sealed class DeskCallTests(PortalFactory portal)
{
    [Fact]
    public async Task Support_plays_a_recording_in_ranges_with_no_caching_and_every_play_audited()
    {
        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);
        var (national, _) = Phones.NewMobile();
        var (personId, _, _) = await Phones.CustomerAsync(portal, national);
        var (systemId, _) = await Phones.NewKeyAsync(portal);
        var audio = PhoneCalls.Wav();
        var call = await CallsWorld.CallAsync(portal, systemId, personId, recorded: true, audio: audio);

        var page = await support.GetAsync($"/desk/calls/{call.Id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal($"/desk/calls/{call.Id}/recording", page.Document.QuerySelector("audio[controls]")!.GetAttribute("src"));
        Assert.Equal(1, await AuditCountAsync(personId, AuditAction.CallViewed));

        using (var whole = await support.Client.GetAsync($"/desk/calls/{call.Id}/recording"))
        {
            Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
            Assert.Equal("audio/wav", whole.Content.Headers.ContentType!.MediaType);
            Assert.True(whole.Headers.CacheControl!.NoStore);
            Assert.Equal("bytes", Assert.Single(whole.Headers.AcceptRanges));
            Assert.Equal(audio, await whole.Content.ReadAsByteArrayAsync());
        }

        // Seeking: a range further on is part of the same play; a range from 0 is a new play.
        using (var request = new HttpRequestMessage(HttpMethod.Get, $"/desk/calls/{call.Id}/recording"))
        {
            request.Headers.Range = new RangeHeaderValue(100, 199);
            using var part = await support.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
            Assert.Equal(audio[100..200], await part.Content.ReadAsByteArrayAsync());
            Assert.Equal(audio.Length, part.Content.Headers.ContentRange!.Length);
        }

        Assert.Equal(1, await AuditCountAsync(personId, AuditAction.RecordingPlayed));
        using (var request = new HttpRequestMessage(HttpMethod.Get, $"/desk/calls/{call.Id}/recording"))
        {
            request.Headers.Range = new RangeHeaderValue(0, null);
            using var again = await support.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.PartialContent, again.StatusCode);
        }

        Assert.Equal(2, await AuditCountAsync(personId, AuditAction.RecordingPlayed));
    }

    [Fact]
    public async Task The_call_log_filters_by_customer_number_and_date_and_the_customer_page_shows_the_last_calls()
    {
        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);
        var (national, e164) = Phones.NewMobile();
        var (personId, number, _) = await Phones.CustomerAsync(portal, national);
        var (systemId, _) = await Phones.NewKeyAsync(portal);
        var old = await CallsWorld.CallAsync(portal, systemId, personId, recorded: false, at: new DateTime(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc));
        var recent = await CallsWorld.CallAsync(portal, systemId, personId, recorded: true, at: new DateTime(2026, 11, 5, 10, 0, 0, DateTimeKind.Utc));
        var stranger = await CallsWorld.CallAsync(portal, systemId, null, recorded: false);
        await portal.WithDbAsync(db => db.Set<RedIt.Portal.Features.Calls.CallRecord>().Where(c => c.Id == recent.Id)
            .ExecuteUpdateAsync(c => c.SetProperty(p => p.CallerNumber, e164)));

        Assert.Equal([recent.Id, old.Id], await CallsAsync(support, $"/desk/calls?customer={number}"));
        // Every test customer is Jan Jansen: by name, this one's calls are among them, the stranger's not.
        var byName = await CallsAsync(support, "/desk/calls?customer=jan+JANSEN&from=2026-01-01&to=2026-11-30");
        Assert.Equal([recent.Id, old.Id], byName.Where(id => id == recent.Id || id == old.Id));
        Assert.DoesNotContain(stranger.Id, byName);
        Assert.Equal([old.Id], await CallsAsync(support, $"/desk/calls?customer={number}&to=2026-01-05"));
        Assert.Equal([recent.Id], await CallsAsync(support, $"/desk/calls?customer={number}&from=2026-11-05"));
        // Any way of writing the number finds the call.
        var rest = national[2..];
        Assert.Equal([recent.Id], await CallsAsync(support, "/desk/calls?phone=" + Uri.EscapeDataString($"+31 (0)6 {rest[..4]} {rest[4..]}")));
        var all = await support.GetAsync("/desk/calls");
        Assert.NotNull(all.Document.QuerySelector($"tr[data-call='{stranger.Id}']"));

        var customer = await support.GetAsync($"/staff/customers/{number}");
        Assert.Equal(2, customer.Document.QuerySelectorAll(".customer-calls tbody tr").Length);
        Assert.NotNull(customer.Document.QuerySelector($".customer-calls a[href='/desk/calls?customer={number}']"));

        // Sales sees the customer, not the calls.
        var (sales, _) = await Staff.SignedInAsync(portal, PortalRoles.Sales);
        var salesView = await sales.GetAsync($"/staff/customers/{number}");
        Assert.Equal(HttpStatusCode.OK, salesView.Status);
        Assert.Null(salesView.Document.QuerySelector(".customer-calls"));
        using var forbidden = await sales.Client.GetAsync($"/desk/calls/{recent.Id}/recording");
        Assert.Contains("/account/access-denied", forbidden.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Policy", "1.2")]
    public async Task Support_places_a_hold_on_a_recording_from_the_call_page_and_comes_back_to_it()
    {
        var (support, _) = await Staff.SignedInAsync(portal, PortalRoles.Support);
        var (systemId, _) = await Phones.NewKeyAsync(portal);
        var (customer, email) = await People.SignedInCustomerAsync(portal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var call = await CallsWorld.CallAsync(portal, systemId, personId, recorded: true);
        var recordingId = await portal.WithDbAsync(db => db.Set<RedIt.Portal.Features.Calls.CallRecording>().Where(r => r.CallRecordId == call.Id).Select(r => r.Id).SingleAsync());

        var page = await support.GetAsync($"/desk/calls/{call.Id}");
        var panels = page.Document.QuerySelectorAll("section.legal-hold-panel");
        Assert.Equal(["Legal hold on the recording", "Legal hold on the call"], panels.Select(p => p.QuerySelector("h2")!.TextContent.Trim()));
        var action = panels[0].QuerySelector("form")!.GetAttribute("action")!;
        var placed = await support.SubmitAndFollowAsync(page, new Dictionary<string, string>(StringComparer.Ordinal) { ["Input.Reason"] = "Customer disputes the agreed price" }, action);

        Assert.EndsWith($"/desk/calls/{call.Id}", placed.Url, StringComparison.Ordinal);
        Assert.Contains("Under legal hold since", placed.Document.QuerySelectorAll("section.legal-hold-panel")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("No hold", placed.Document.QuerySelectorAll("section.legal-hold-panel")[1].TextContent, StringComparison.Ordinal);
        var hold = await portal.WithDbAsync(db => db.Set<RedIt.Privacy.LegalHold>().AsNoTracking().SingleAsync(h => h.RowKey == recordingId.ToString()));
        Assert.Equal(("CallRecording", (Guid?)personId, "Customer disputes the agreed price"), (hold.Entity, hold.PersonId, hold.Reason));

        // The customer sees the call, not the staff's hold form.
        var mine = await customer.GetAsync($"/profile/calls/{call.Id}");
        Assert.Empty(mine.Document.QuerySelectorAll("section.legal-hold-panel"));
    }

    private static async Task<List<Guid>> CallsAsync(Browserless browser, string url)
    {
        var page = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelectorAll("table.calls-list tbody tr").Select(r => Guid.Parse(r.GetAttribute("data-call")!)).ToList();
    }

    private Task<int> AuditCountAsync(Guid personId, AuditAction action) =>
        portal.WithDbAsync(db => db.Set<AuditLogEntry>().CountAsync(e => e.SubjectPersonId == personId && e.Action == action));
}
