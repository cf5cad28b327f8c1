using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Incidents;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;
using static RedIt.Portal.Tests.Incidents.IncidentsWorld;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Incidents;

// Clause 2.8 after publishing: a draft is edited before it reaches anyone, a published notice stays
// what customers were told, and its updates reach exactly the customers told before, once each.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.8")]
public sealed class IncidentUpdateTests(PortalFactory portal)
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Fact]
    public async Task Editing_a_draft_changes_its_text_start_and_whom_publishing_reaches()
    {
        var mailbox = await OrdersWorld.ProductAsync(portal, ProductKind.Mailbox, 2m);
        var first = NewPlatform();
        var second = NewPlatform();
        var onFirst = await CustomerWithServiceAsync(portal, mailbox, "eerst.nl", ServiceStatus.Active, first);
        var onSecond = await CustomerWithServiceAsync(portal, mailbox, "tweede.nl", ServiceStatus.Active, second);
        var (support, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
        var draft = await support.SubmitAndFollowAsync(await support.GetAsync("/staff/incidents/new"), Text(first, ("Input.Platforms", first)));
        var id = await IdAsync(portal, first);
        Assert.Equal("1", draft.Document.QuerySelector("dd.affected")!.TextContent.Trim());

        var edit = await support.GetAsync(draft.Document.QuerySelector($"a[href='/staff/incidents/{id}/edit']")!.GetAttribute("href")!);
        Assert.Equal(("Web " + first + " down", "We zijn ermee bezig.", first), (edit.Value("Input.TitleEn"), edit.Value("Input.BodyNl"), edit.Value("Input.Platforms")!.Trim()));

        // A mistake keeps what was typed and changes nothing.
        var future = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddHours(3), Amsterdam).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var wrong = await Browserless.Page.FromAsync(await support.SubmitAsync(edit, Fields(("Input.TitleEn", "Mail " + first + " slow"), ("Input.BodyEn", "Mail is slow."), ("Input.BodyNl", "Mail is traag."), ("Input.StartedAt", future), ("Input.Platforms", second))));
        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Equal("An outage cannot start in the future.", wrong.FieldError("Input.StartedAt"));
        Assert.Equal(("Mail " + first + " slow", "Mail is traag.", future), (wrong.Value("Input.TitleEn"), wrong.Value("Input.BodyNl"), wrong.Value("Input.StartedAt")));
        Assert.Equal(first, Assert.Single(await ScopesAsync(id)));

        var started = DateTime.UtcNow.AddHours(-2);
        var local = TimeZoneInfo.ConvertTimeFromUtc(started, Amsterdam).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var saved = await support.SubmitAndFollowAsync(wrong, Fields(("Input.TitleEn", "Web " + first + " down"), ("Input.BodyEn", "Mail is slow."), ("Input.BodyNl", "Mail is traag."), ("Input.StartedAt", local), ("Input.Platforms", second)));
        Assert.Contains("The draft is saved.", saved.Text, StringComparison.Ordinal);
        Assert.Equal("1", saved.Document.QuerySelector("dd.affected")!.TextContent.Trim());
        Assert.Equal(local.Replace('T', ' '), saved.Document.QuerySelector("dd.started")!.TextContent.Trim());
        Assert.Equal(second, Assert.Single(await ScopesAsync(id)));
        var incident = await portal.WithDbAsync(db => db.Set<Incident>().AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal(("Mail is slow.", IncidentStatus.Draft), (incident.BodyEn, incident.Status));
        Assert.Equal(started.AddTicks(-(started.Ticks % TimeSpan.TicksPerMinute)), incident.StartedAt);

        await support.SubmitAndFollowAsync(await support.GetAsync($"/staff/incidents/{id}/publish"), Fields());
        var mail = await Mailbox.WaitForAsync(onSecond.Email, "Web " + first + " down");
        Assert.Contains("Mail is slow.", mail.TextBody, StringComparison.Ordinal);
        await Outbox.AssertNoMailAsync(portal, onFirst.Email, first);
    }

    [Fact]
    public async Task A_published_notice_cannot_be_edited_and_says_to_post_an_update()
    {
        var mailbox = await OrdersWorld.ProductAsync(portal, ProductKind.Mailbox, 2m);
        var platform = NewPlatform();
        var other = NewPlatform();
        var elsewhere = await CustomerWithServiceAsync(portal, mailbox, "elders.nl", ServiceStatus.Active, other);
        var (support, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
        await support.SubmitAndFollowAsync(await support.GetAsync("/staff/incidents/new"), Text(platform, ("Input.Platforms", platform)));
        var id = await IdAsync(portal, platform);
        var edit = await support.GetAsync($"/staff/incidents/{id}/edit");
        var published = await support.SubmitAndFollowAsync(await support.GetAsync($"/staff/incidents/{id}/publish"), Fields());
        Assert.Null(published.Document.QuerySelector("a[href$='/edit']"));

        using var redirect = await support.Client.GetAsync($"/staff/incidents/{id}/edit");
        Assert.Equal((HttpStatusCode.Redirect, $"/staff/incidents/{id}"), (redirect.StatusCode, redirect.Headers.Location?.OriginalString));
        var refused = await support.FollowAsync(await support.Client.GetAsync($"/staff/incidents/{id}/edit"));
        Assert.Contains("A published notice can no longer be changed: post an update instead.", refused.Text, StringComparison.Ordinal);

        // The form opened while it was a draft, sent after publishing: nothing changes, nobody new is reached.
        var late = await support.SubmitAndFollowAsync(edit, Text(platform, ("Input.TitleEn", "Changed"), ("Input.Platforms", other)));
        Assert.Contains("A published notice can no longer be changed", late.Text, StringComparison.Ordinal);
        Assert.Equal(platform, Assert.Single(await ScopesAsync(id)));
        Assert.Equal("Web " + platform + " down", await portal.WithDbAsync(db => db.Set<Incident>().Where(i => i.Id == id).Select(i => i.TitleEn).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await support.GetAsync($"/staff/incidents/{Guid.NewGuid()}/edit")).Status);
        await Outbox.AssertNoMailAsync(portal, elsewhere.Email, platform);
    }

    [Fact]
    public async Task An_update_mails_exactly_the_customers_told_before_and_resolving_mails_the_closing_text()
    {
        var mailbox = await OrdersWorld.ProductAsync(portal, ProductKind.Mailbox, 2m);
        var platform = NewPlatform();
        var told = await CustomerWithServiceAsync(portal, mailbox, "eerst.nl", ServiceStatus.Active, platform);
        var toldDutch = await CustomerWithServiceAsync(portal, mailbox, "kantoor.nl", ServiceStatus.Active, platform);
        await portal.WithDbAsync(db => db.Users.Where(u => u.Id == toldDutch.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredCulture, "nl")));
        var (support, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
        var id = await PublishedAsync(support, platform);
        // A customer who got a service there after publishing was never told, so gets no update either.
        var later = await CustomerWithServiceAsync(portal, mailbox, "later.nl", ServiceStatus.Active, platform);

        var show = await support.GetAsync($"/staff/incidents/{id}");
        Assert.True(show.Document.QuerySelector("form.resolve input[type='checkbox'][name='Closing.Mail']")!.HasAttribute("checked"));
        Assert.False(show.Document.QuerySelector("form.post-update input[type='checkbox'][name='Update.Mail']")!.HasAttribute("checked"));
        var empty = await Browserless.Page.FromAsync(await support.SubmitAsync(show, Fields(("Update.Status", "Monitoring"), ("Update.BodyEn", "Half of it works.")), "/updates"));
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Equal("Please write the update in Dutch.", empty.FieldError("Update.BodyNl"));
        Assert.Equal("Half of it works.", empty.Value("Update.BodyEn"));
        Assert.True(empty.Document.QuerySelector("input[name='Update.Status'][value='Monitoring']")!.HasAttribute("checked"));
        Assert.Equal(show.Value("Update.Key"), empty.Value("Update.Key"));

        var posted = await support.SubmitAndFollowAsync(empty, Fields(("Update.Status", "Monitoring"), ("Update.BodyEn", "Half of it works."), ("Update.BodyNl", "De helft werkt."), ("Update.Mail", "true")), "/updates");
        Assert.Contains("The update is on the status page, and mailed to the customers told about the outage.", posted.Text, StringComparison.Ordinal);
        Assert.Equal("Monitoring", posted.Document.QuerySelector("dd.incident-status")!.TextContent.Trim());
        var mail = await Mailbox.WaitForAsync(told.Email, "Update on the outage: Web " + platform + " down");
        Assert.Contains("Half of it works.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("You receive this mail because we mailed you on", mail.TextBody, StringComparison.Ordinal);
        var dutch = await Mailbox.WaitForAsync(toldDutch.Email, "Update over de storing: Webserver onbereikbaar");
        Assert.Contains("De helft werkt.", dutch.TextBody, StringComparison.Ordinal);
        Assert.Contains("Je krijgt deze mail omdat we je op", dutch.TextBody, StringComparison.Ordinal);
        await Outbox.AssertNoMailAsync(portal, later.Email, platform);

        // Not mailed when not asked.
        var quiet = await support.SubmitAndFollowAsync(posted, Fields(("Update.Status", "Investigating"), ("Update.BodyEn", "Worse again."), ("Update.BodyNl", "Weer slechter.")), "/updates");
        Assert.Contains("The update is on the status page.", quiet.Text, StringComparison.Ordinal);

        var resolved = await support.SubmitAndFollowAsync(quiet, Fields(("Closing.BodyEn", "All works again."), ("Closing.BodyNl", "Alles werkt weer.")), "/resolve");
        Assert.Contains("The outage is marked resolved on the status page, and the customers told about it get the closing text.", resolved.Text, StringComparison.Ordinal);
        Assert.Equal("Resolved", resolved.Document.QuerySelector("dd.incident-status")!.TextContent.Trim());
        Assert.Null(resolved.Document.QuerySelector("form.post-update"));
        Assert.Contains("All works again.", (await Mailbox.WaitForAsync(told.Email, "Resolved: Web " + platform + " down")).TextBody, StringComparison.Ordinal);
        await Mailbox.WaitForAsync(toldDutch.Email, "Opgelost: Webserver onbereikbaar");

        await Outbox.WaitUntilSentAsync(portal, told.Email);
        Assert.Equal(3, Mailbox.All(told.Email).Count(m => (m.Subject ?? "").Contains(platform, StringComparison.Ordinal)));
        await Outbox.AssertNoMailAsync(portal, later.Email, platform);
        var rows = resolved.Document.QuerySelectorAll("ol.incident-updates li");
        Assert.Equal(["Resolved", "Investigating", "Monitoring"], rows.Select(r => r.GetAttribute("data-status")));
        Assert.Equal(["Mailed to 2 customers", "Mailed to 0 customers", "Mailed to 2 customers"], rows.Select(r => r.QuerySelector(".update-mailed")!.TextContent.Trim()));

        // Resolved: no more updates (a new form, since that one posted the second update).
        var after = await support.SubmitAndFollowAsync(posted, Fields(("Update.Key", Guid.NewGuid().ToString()), ("Update.BodyEn", "More."), ("Update.BodyNl", "Meer.")), "/updates");
        Assert.Contains("Only a published outage that is not resolved yet can be updated or resolved.", after.Text, StringComparison.Ordinal);
        Assert.Equal(3, await portal.WithDbAsync(db => db.Set<IncidentUpdate>().CountAsync(u => u.IncidentId == id)));
    }

    [Fact]
    public async Task The_same_update_sent_twice_at_once_posts_and_mails_once()
    {
        var mailbox = await OrdersWorld.ProductAsync(portal, ProductKind.Mailbox, 2m);
        var platform = NewPlatform();
        var told = await CustomerWithServiceAsync(portal, mailbox, "eerst.nl", ServiceStatus.Active, platform);
        var (support, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
        var id = await PublishedAsync(support, platform);
        var show = await support.GetAsync($"/staff/incidents/{id}");
        var update = Fields(("Update.BodyEn", "Still on it."), ("Update.BodyNl", "Nog bezig."), ("Update.Mail", "true"));

        var clicks = await Task.WhenAll(support.SubmitAsync(show, update, "/updates"), support.SubmitAsync(show, update, "/updates"));
        foreach (var click in clicks)
        {
            Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
            click.Dispose();
        }

        var closing = Fields(("Closing.BodyEn", "Fixed."), ("Closing.BodyNl", "Opgelost."));
        var resolves = await Task.WhenAll(support.SubmitAsync(show, closing, "/resolve"), support.SubmitAsync(show, closing, "/resolve"));
        foreach (var click in resolves)
        {
            Assert.Equal(HttpStatusCode.Redirect, click.StatusCode);
            click.Dispose();
        }

        // A third click, later, on the page as it was.
        var again = await support.SubmitAndFollowAsync(show, update, "/updates");
        Assert.Contains("This update was posted already; it is not posted or mailed again.", again.Text, StringComparison.Ordinal);

        Assert.Equal(2, await portal.WithDbAsync(db => db.Set<IncidentUpdate>().CountAsync(u => u.IncidentId == id)));
        Assert.Equal(2, await portal.WithDbAsync(db => db.Set<IncidentUpdateNotice>().CountAsync(n => n.CustomerId == told.Id)));
        await Mailbox.WaitForAsync(told.Email, "Resolved: Web " + platform + " down");
        await Outbox.WaitUntilSentAsync(portal, told.Email);
        Assert.Single(Mailbox.All(told.Email), m => (m.Subject ?? "").StartsWith("Update on the outage: Web " + platform, StringComparison.Ordinal));
        Assert.Single(Mailbox.All(told.Email), m => (m.Subject ?? "").StartsWith("Resolved: Web " + platform, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_status_page_shows_the_updates_newest_first_in_Amsterdam_time()
    {
        var platform = NewPlatform();
        var (support, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
        var id = await PublishedAsync(support, platform);
        var show = await support.GetAsync($"/staff/incidents/{id}");
        var first = await support.SubmitAndFollowAsync(show, Fields(("Update.Status", "Monitoring"), ("Update.BodyEn", "A fix is in place."), ("Update.BodyNl", "Er is een oplossing.")), "/updates");
        await portal.WithDbAsync(db => db.Set<IncidentUpdate>().Where(u => u.IncidentId == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.PostedAt, x => x.PostedAt.AddMinutes(-30))));
        await support.SubmitAndFollowAsync(first, Fields(("Closing.BodyEn", "It works again."), ("Closing.BodyNl", "Het werkt weer.")), "/resolve");

        var status = await new Browserless(portal.CreateClient()).GetAsync("/status");
        var section = status.Document.QuerySelector($"section[data-incident='{id}']")!;
        Assert.Equal("Resolved", section.GetAttribute("data-status"));
        var updates = section.QuerySelectorAll("ol.incident-updates li");
        Assert.Equal(["Resolved", "Monitoring"], updates.Select(u => u.GetAttribute("data-status")));
        Assert.Contains("It works again.", updates[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("A fix is in place.", updates[1].TextContent, StringComparison.Ordinal);
        var posted = await portal.WithDbAsync(db => db.Set<IncidentUpdate>().Where(u => u.IncidentId == id).OrderBy(u => u.PostedAt).Select(u => u.PostedAt).ToListAsync());
        Assert.Equal(TimeZoneInfo.ConvertTimeFromUtc(posted[0], Amsterdam).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), updates[1].QuerySelector("time")!.TextContent.Trim());
        Assert.Equal(TimeZoneInfo.ConvertTimeFromUtc(posted[1], Amsterdam).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), updates[0].QuerySelector("time")!.TextContent.Trim());
    }

    private async Task<Guid> PublishedAsync(Browserless support, string platform)
    {
        await support.SubmitAndFollowAsync(await support.GetAsync("/staff/incidents/new"), Text(platform, ("Input.Platforms", platform)));
        var id = await IdAsync(portal, platform);
        await support.SubmitAndFollowAsync(await support.GetAsync($"/staff/incidents/{id}/publish"), Fields());
        return id;
    }

    private Task<List<string?>> ScopesAsync(Guid id) =>
        portal.WithDbAsync(db => db.Set<IncidentScope>().Where(s => s.IncidentId == id).Select(s => s.Platform).ToListAsync());
}
