using System.Net;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Performance;

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
        Assert.True(fewSql.Commands == manySql.Commands, $"/status with 5 outages: {fewSql}{Environment.NewLine}with 200: {manySql}");
    }

    private static Task<int> SeedAsync(CountingPortalFactory portal, int count) =>
        portal.WithDbAsync(async db =>
        {
            await QueryBudgetTests.SeedIncidentsAsync(db, DateTime.UtcNow, count);
            return await db.SaveChangesAsync();
        });
}
