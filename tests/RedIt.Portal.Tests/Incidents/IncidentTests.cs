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

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.8")]
public sealed class IncidentTests(PortalFactory portal)
{
    [Fact]
    public async Task Publishing_an_outage_mails_exactly_the_customers_with_an_active_service_there_once_and_shows_it_on_the_status_page()
    {
        var hosting = await OrdersWorld.ProductAsync(portal, ProductKind.Hosting, 5m);
        var mailbox = await OrdersWorld.ProductAsync(portal, ProductKind.Mailbox, 2m);
        var platform = "web-" + Guid.NewGuid().ToString("N")[..6];
        var onProduct = await CustomerWithServiceAsync(portal, hosting, "winkel.nl", ServiceStatus.Active, null);
        var onPlatform = await CustomerWithServiceAsync(portal, mailbox, "kantoor.nl", ServiceStatus.Active, platform);
        var elsewhere = await CustomerWithServiceAsync(portal, mailbox, "elders.nl", ServiceStatus.Active, "other-" + platform);
        var ended = await CustomerWithServiceAsync(portal, hosting, "oud.nl", ServiceStatus.Ended, platform);
        var (support, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);

        var form = await support.GetAsync("/staff/incidents/new");
        var empty = await Browserless.Page.FromAsync(await support.SubmitAsync(form, Fields(("Input.TitleEn", "Web server down"))));
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("Dutch title", empty.FieldError("Input.TitleNl"), StringComparison.Ordinal);
        Assert.Equal("Web server down", empty.Value("Input.TitleEn"));
        var noScope = await Browserless.Page.FromAsync(await support.SubmitAsync(form, Text(platform)));
        Assert.Contains("Choose the affected products", noScope.Text, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Set<Incident>().CountAsync(i => i.TitleEn == "Web " + platform + " down")));

        var draft = await support.SubmitAndFollowAsync(form, Text(platform, ("Input.Products", hosting.Id.ToString()), ("Input.Platforms", platform.ToUpperInvariant() + "\n")));
        Assert.Equal("2", draft.Document.QuerySelector("dd.affected")!.TextContent.Trim());
        var status = await new Browserless(portal.CreateClient()).GetAsync("/status");
        Assert.DoesNotContain("Web " + platform + " down", status.Text, StringComparison.Ordinal);

        var confirm = await support.GetAsync(draft.Document.QuerySelector("a[href$='/publish']")!.GetAttribute("href")!);
        var published = await support.SubmitAndFollowAsync(confirm, Fields());
        Assert.Equal("2", published.Document.QuerySelector("dd.mailed")!.TextContent.Trim());
        var mail = await Mailbox.WaitForAsync(onProduct.Email, "Web " + platform + " down");
        Assert.Contains("winkel.nl", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/status", mail.TextBody, StringComparison.Ordinal);
        await Mailbox.WaitForAsync(onPlatform.Email, "Web " + platform + " down");
        await Outbox.AssertNoMailAsync(portal, elsewhere.Email, platform);
        await Outbox.AssertNoMailAsync(portal, ended.Email, platform);

        // Publishing again, as a second click would: nobody is mailed twice.
        await support.SubmitAndFollowAsync(confirm, Fields());
        var incidentId = await portal.WithDbAsync(db => db.Set<Incident>().Where(i => i.TitleEn == "Web " + platform + " down").Select(i => i.Id).SingleAsync());
        Assert.Equal(2, await portal.WithDbAsync(db => db.Set<IncidentNotice>().CountAsync(n => n.IncidentId == incidentId)));

        var live = await new Browserless(portal.CreateClient()).GetAsync("/status");
        Assert.Equal("Investigating", live.Document.QuerySelector($"section[data-incident='{incidentId}']")!.GetAttribute("data-status"));
        var show = await support.GetAsync($"/staff/incidents/{incidentId}");
        await support.SubmitAndFollowAsync(show, Fields(("Closing.BodyEn", "Fixed."), ("Closing.BodyNl", "Opgelost.")), $"/staff/incidents/{incidentId}/resolve");
        var resolved = await new Browserless(portal.CreateClient()).GetAsync("/status");
        Assert.Equal("Resolved", resolved.Document.QuerySelector($"section[data-incident='{incidentId}']")!.GetAttribute("data-status"));
    }
}
