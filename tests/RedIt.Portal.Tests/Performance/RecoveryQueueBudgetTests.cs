using System.Net;
using RedIt.Portal.Features.AccountRecovery;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Tests.AccountRecovery;
using RedIt.Portal.Tests.Infrastructure;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Performance;

// The recovery queue costs the same SQL commands for 5 cases as for 200: the reviewer's name
// comes in the page's own query, and only one page of cases is read.
public sealed class RecoveryQueueBudgetTests
{
    [Fact]
    [Trait("Policy", "2.1")]
    public async Task The_recovery_queue_sends_as_many_SQL_commands_for_200_cases_as_for_5()
    {
        using var portal = new CountingPortalFactory();
        var (browser, staffEmail) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
        var reviewerId = await Recoveries.UserIdAsync(portal, staffEmail);
        var (_, _, personId) = await Recoveries.CustomerAsync(portal);
        const string route = "/desk/recovery";

        await SeedAsync(portal, personId, reviewerId, 0, 5);
        using (await browser.Client.GetAsync(new Uri(route, UriKind.Relative)))
        {
        }

        var (few, fewSql) = await portal.GetCountedAsync(browser, route);
        await SeedAsync(portal, personId, reviewerId, 5, 195);
        var (many, manySql) = await portal.GetCountedAsync(browser, route);

        Assert.Equal(HttpStatusCode.OK, few.Status);
        Assert.Equal(HttpStatusCode.OK, many.Status);
        Assert.Equal(5, few.Document.QuerySelectorAll("main table tbody tr").Length);
        Assert.Equal(20, many.Document.QuerySelectorAll("main table tbody tr").Length);
        Assert.NotNull(many.Document.QuerySelector("nav.pager a[href*='page=2']"));
        Assert.True(fewSql.Commands > 0, "No SQL command of the queue was counted.");
        Assert.True(fewSql.Commands == manySql.Commands, $"5 cases: {fewSql}{Environment.NewLine}200 cases: {manySql}");
    }

    // Confirmed cases, every other one taken, so the reviewer's name is on half the rows.
    private static Task<int> SeedAsync(PortalFactory portal, Guid personId, Guid reviewerId, int from, int count) =>
        portal.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            for (var i = from; i < from + count; i++)
            {
                db.Add(new RecoveryCase
                {
                    Id = Guid.NewGuid(),
                    PersonId = personId,
                    OpenedAt = now.AddMinutes(-i),
                    Status = i % 7 == 0 ? RecoveryCaseStatus.Rejected : RecoveryCaseStatus.Open,
                    NewEmail = $"queue-{i}@example.nl",
                    NewEmailConfirmedAt = now.AddMinutes(-i).AddSeconds(30),
                    CustomerKind = CustomerKind.Private,
                    ReviewerId = i % 2 == 0 ? reviewerId : null,
                });
            }

            return await db.SaveChangesAsync();
        });
}
