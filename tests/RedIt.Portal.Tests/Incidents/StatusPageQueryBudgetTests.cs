using System.Net;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Incidents;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Performance;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Incidents;

// The status page lists every open and recently resolved outage with the same SQL for 5 as for 200.
public sealed class StatusPageQueryBudgetTests
{
    [Fact]
    [Trait("Policy", "2.8")]
    public async Task The_status_page_sends_as_many_SQL_commands_for_200_outages_as_for_5()
    {
        using var portal = new CountingPortalFactory();
        var browser = new Browserless(portal.CreateClient());
        await SeedAsync(portal, 5);
        using (await browser.Client.GetAsync(new Uri("/status", UriKind.Relative)))
        {
        }

        var (few, fewSql) = await portal.GetCountedAsync(browser, "/status");
        await SeedAsync(portal, 195);
        var (many, manySql) = await portal.GetCountedAsync(browser, "/status");

        Assert.Equal(HttpStatusCode.OK, many.Status);
        Assert.Equal(5, few.Document.QuerySelectorAll("section[data-incident]").Length);
        Assert.Equal(200, many.Document.QuerySelectorAll("section[data-incident]").Length);
        Assert.Equal(400, many.Document.QuerySelectorAll("section[data-incident] ol.incident-updates li").Length);
        Assert.True(fewSql.Commands == manySql.Commands, $"/status with 5 outages: {fewSql}{Environment.NewLine}with 200: {manySql}");
    }

    // An outage's staff page lists all its updates, with how many customers each was mailed to.
    [Fact]
    [Trait("Policy", "2.8")]
    public async Task The_staff_page_of_an_outage_sends_as_many_SQL_commands_for_200_updates_as_for_5()
    {
        using var portal = new CountingPortalFactory();
        var (browser, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
        var incident = new Incident
        {
            Id = Guid.NewGuid(), TitleEn = "Outage", TitleNl = "Storing", Status = IncidentStatus.Monitoring,
            StartedAt = DateTime.UtcNow, PublishedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        incident.Scopes.Add(new IncidentScope { Id = Guid.NewGuid(), IncidentId = incident.Id, Platform = "web-budget" });
        await AddAsync(portal, [incident, .. QueryBudgetTests.UpdatesOf(incident.Id, DateTime.UtcNow, 5)]);
        var route = $"/staff/incidents/{incident.Id}";
        using (await browser.Client.GetAsync(new Uri(route, UriKind.Relative)))
        {
        }

        var (few, fewSql) = await portal.GetCountedAsync(browser, route);
        await AddAsync(portal, [.. QueryBudgetTests.UpdatesOf(incident.Id, DateTime.UtcNow.AddMinutes(1), 195)]);
        var (many, manySql) = await portal.GetCountedAsync(browser, route);

        Assert.Equal(5, few.Document.QuerySelectorAll("ol.incident-updates li").Length);
        Assert.Equal(200, many.Document.QuerySelectorAll("ol.incident-updates li").Length);
        Assert.True(fewSql.Commands == manySql.Commands, $"{route} with 5 updates: {fewSql}{Environment.NewLine}with 200: {manySql}");
    }

    private static Task<int> AddAsync(CountingPortalFactory portal, object[] rows) =>
        portal.WithDbAsync(db =>
        {
            db.AddRange(rows);
            return db.SaveChangesAsync();
        });

    private static Task<int> SeedAsync(CountingPortalFactory portal, int count) =>
        portal.WithDbAsync(async db =>
        {
            await QueryBudgetTests.SeedIncidentsAsync(db, DateTime.UtcNow, count);
            return await db.SaveChangesAsync();
        });
}
