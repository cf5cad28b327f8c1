using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Privacy;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Holds;

// The list of holds, with who placed and lifted each, costs the same SQL commands for 5 holds as for 200.
public sealed class LegalHoldListQueryBudgetTests
{
    private const string Route = "/staff/holds?q=budget";

    [Fact]
    [Trait("Policy", "2.1")]
    public async Task The_list_of_holds_sends_as_many_SQL_commands_for_200_holds_as_for_5()
    {
        using var portal = new CountingPortalFactory();
        var (browser, email) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
        var staffId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await SeedAsync(portal, staffId, 0, 5);
        using (await browser.Client.GetAsync(new Uri(Route, UriKind.Relative)))
        {
        }

        var (few, fewSql) = await portal.GetCountedAsync(browser, Route);
        await SeedAsync(portal, staffId, 5, 195);
        var (many, manySql) = await portal.GetCountedAsync(browser, Route);

        Assert.Equal(HttpStatusCode.OK, few.Status);
        Assert.Equal(HttpStatusCode.OK, many.Status);
        Assert.Equal(5, few.Document.QuerySelectorAll("tr[data-hold]").Length);
        Assert.Equal(PagedExtensions.DefaultPageSize, many.Document.QuerySelectorAll("tr[data-hold]").Length);
        Assert.True(fewSql.Commands == manySql.Commands, $"{Route} with 5 holds: {fewSql}{Environment.NewLine}{Route} with 200 holds: {manySql}");
    }

    // Every other hold lifted by the same member of staff, so both names are looked up on the page.
    private static Task<int> SeedAsync(CountingPortalFactory portal, Guid staffId, int from, int count) =>
        portal.WithDbAsync(async db =>
        {
            for (var i = from; i < from + count; i++)
            {
                db.Add(new LegalHold
                {
                    Id = Guid.NewGuid(),
                    Entity = "CallRecording",
                    RowKey = Guid.NewGuid().ToString(),
                    Reason = $"budget dispute {i}",
                    PlacedById = staffId,
                    PlacedAt = DateTime.UtcNow.AddMinutes(-i),
                    LiftedById = i % 2 == 0 ? staffId : null,
                    LiftedAt = i % 2 == 0 ? DateTime.UtcNow : null,
                });
            }

            return await db.SaveChangesAsync();
        });
}
