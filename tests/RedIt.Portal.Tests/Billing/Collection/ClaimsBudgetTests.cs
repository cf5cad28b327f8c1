using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Tests.Infrastructure;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Billing.Collection;

// The claims with DAS Incasso cost the same SQL commands for 5 claims as for 200: the customer,
// the invoice count and who handed it over come in the page's own query, and one page is read.
[Trait("Policy", "2.4")]
public sealed class ClaimsBudgetTests
{
    [Fact]
    public async Task The_claims_list_sends_as_many_SQL_commands_for_200_claims_as_for_5()
    {
        using var portal = new CountingPortalFactory();
        var (browser, email) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);
        var staffId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        const string route = "/staff/collection/claims";

        await SeedAsync(portal, staffId, 5);
        using (await browser.Client.GetAsync(new Uri(route, UriKind.Relative)))
        {
        }

        var (few, fewSql) = await portal.GetCountedAsync(browser, route);
        await SeedAsync(portal, staffId, 195);
        var (many, manySql) = await portal.GetCountedAsync(browser, route);

        Assert.Equal(HttpStatusCode.OK, few.Status);
        Assert.Equal(HttpStatusCode.OK, many.Status);
        Assert.Equal(5, few.Document.QuerySelectorAll("main table tbody tr").Length);
        Assert.Equal(20, many.Document.QuerySelectorAll("main table tbody tr").Length);
        Assert.NotNull(many.Document.QuerySelector("nav.pager a[href*='page=2']"));
        Assert.True(fewSql.Commands > 0, "No SQL command of the claims list was counted.");
        Assert.True(fewSql.Commands == manySql.Commands, $"5 claims: {fewSql}{Environment.NewLine}200 claims: {manySql}");
    }

    private static Task<int> SeedAsync(PortalFactory portal, Guid staffId, int count) =>
        portal.WithDbAsync(async db =>
        {
            await CollectionSeeds.ClaimsAsync(db, staffId, DateTime.UtcNow, count);
            return await db.SaveChangesAsync();
        });
}
