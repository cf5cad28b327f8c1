using System.Net;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Infrastructure.Web;
using RedIt.Portal.Tests.Infrastructure;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Catalog;

// The catalogue's list costs the same SQL commands for 5 products as for 200.
public sealed class ProductListQueryBudgetTests
{
    private const string Route = "/admin/products?q=budget";

    [Fact]
    [Trait("Policy", "2.3")]
    public async Task The_product_list_sends_as_many_SQL_commands_for_200_products_as_for_5()
    {
        using var portal = new CountingPortalFactory();
        var (browser, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Admin);
        await SeedAsync(portal, 0, 5);
        using (await browser.Client.GetAsync(new Uri(Route, UriKind.Relative)))
        {
        }

        var (few, fewSql) = await portal.GetCountedAsync(browser, Route);
        await SeedAsync(portal, 5, 195);
        var (many, manySql) = await portal.GetCountedAsync(browser, Route);

        Assert.Equal(HttpStatusCode.OK, few.Status);
        Assert.Equal(HttpStatusCode.OK, many.Status);
        Assert.Equal(5, few.Document.QuerySelectorAll("tr[data-product]").Length);
        Assert.Equal(PagedExtensions.DefaultPageSize, many.Document.QuerySelectorAll("tr[data-product]").Length);
        Assert.True(fewSql.Commands == manySql.Commands, $"{Route} with 5 products: {fewSql}{Environment.NewLine}{Route} with 200 products: {manySql}");
    }

    // Every other one withdrawn, so both the withdraw link and the offer-again form are drawn.
    private static Task<int> SeedAsync(CountingPortalFactory portal, int from, int count) =>
        portal.WithDbAsync(async db =>
        {
            var kinds = Enum.GetValues<ProductKind>();
            for (var i = from; i < from + count; i++)
            {
                db.Add(new Product
                {
                    Id = Guid.NewGuid(),
                    Kind = kinds[i % kinds.Length],
                    Code = $"budget-{i}-{Guid.NewGuid():N}"[..40],
                    NameEn = $"Budget product {i}",
                    NameNl = $"Budgetproduct {i}",
                    PriceExclVat = 1m + i,
                    QuotationOnly = kinds[i % kinds.Length] == ProductKind.ManagedService,
                    Active = i % 2 == 0,
                    CreatedAt = DateTime.UtcNow,
                });
            }

            return await db.SaveChangesAsync();
        });
}
