using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Basket;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Orders;

// The price list and the basket cost the same SQL commands for a few rows as for many: no query
// per product or per basket line.
public sealed class ShopQueryBudgetTests
{
    [Fact]
    [Trait("Policy", "2.3")]
    public async Task The_price_list_and_the_basket_send_as_many_SQL_commands_for_many_rows_as_for_5()
    {
        using var portal = new CountingPortalFactory();
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var customerId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var offered = await portal.WithDbAsync(db => db.Set<Product>().CountAsync(p => p.Active));

        await SeedAsync(portal, customerId, 0, 5);
        using (await browser.Client.GetAsync(new Uri("/basket", UriKind.Relative)))
        {
        }

        var (fewProducts, fewProductsSql) = await portal.GetCountedAsync(browser, "/products");
        var (fewLines, fewLinesSql) = await portal.GetCountedAsync(browser, "/basket");
        // 200 products; the basket holds at most CustomerBasket.MaxLines.
        await SeedAsync(portal, customerId, 5, 195);
        var (manyProducts, manyProductsSql) = await portal.GetCountedAsync(browser, "/products");
        var (manyLines, manyLinesSql) = await portal.GetCountedAsync(browser, "/basket");

        Assert.Equal(offered + 5, fewProducts.Document.QuerySelectorAll("tr[data-product]").Length);
        Assert.Equal(offered + 200, manyProducts.Document.QuerySelectorAll("tr[data-product]").Length);
        Assert.Equal(5, fewLines.Document.QuerySelectorAll("tr[data-line]").Length);
        Assert.Equal(CustomerBasket.MaxLines, manyLines.Document.QuerySelectorAll("tr[data-line]").Length);
        Assert.All(new[] { fewProducts, manyProducts, fewLines, manyLines }, page => Assert.Equal(HttpStatusCode.OK, page.Status));
        Assert.True(fewProductsSql.Commands == manyProductsSql.Commands, $"/products with 5 products: {fewProductsSql}{Environment.NewLine}with 200: {manyProductsSql}");
        Assert.True(fewLinesSql.Commands == manyLinesSql.Commands, $"/basket with 5 lines: {fewLinesSql}{Environment.NewLine}with {CustomerBasket.MaxLines}: {manyLinesSql}");
    }

    [Fact]
    [Trait("Policy", "2.3")]
    public async Task The_domain_search_sends_as_many_SQL_commands_for_200_extensions_as_for_5()
    {
        using var portal = new CountingPortalFactory();
        var browser = new Browserless(portal.CreateClient());
        const string route = "/domains?name=budget-shop";
        await SeedExtensionsAsync(portal, 0, 5);
        using (await browser.Client.GetAsync(new Uri(route, UriKind.Relative)))
        {
        }

        var (few, fewSql) = await portal.GetCountedAsync(browser, route);
        await SeedExtensionsAsync(portal, 5, 195);
        var (many, manySql) = await portal.GetCountedAsync(browser, route);

        Assert.Equal(5, few.Document.QuerySelectorAll("tr[data-domain^='budget-shop.']").Length);
        Assert.Equal(200, many.Document.QuerySelectorAll("tr[data-domain^='budget-shop.']").Length);
        Assert.True(fewSql.Commands == manySql.Commands, $"{route} with 5 extensions: {fewSql}{Environment.NewLine}with 200: {manySql}");
    }

    private static Task<int> SeedExtensionsAsync(CountingPortalFactory portal, int from, int count) =>
        portal.WithDbAsync(db =>
        {
            for (var i = from; i < from + count; i++)
            {
                var tld = "x" + new string([.. i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0'))]);
                db.Add(new Product
                {
                    Id = Guid.NewGuid(), Kind = ProductKind.DomainExtension, Code = "budget-" + tld, NameEn = "." + tld, NameNl = "." + tld,
                    Tld = tld, PriceExclVat = 9.95m, PeriodMonths = 12, Active = true, CreatedAt = DateTime.UtcNow,
                });
            }

            return db.SaveChangesAsync();
        });

    // Offered products of every kind that can go in a basket, each put in the basket until it is full.
    private static Task<int> SeedAsync(CountingPortalFactory portal, Guid customerId, int from, int count) =>
        portal.WithDbAsync(async db =>
        {
            ProductKind[] kinds = [ProductKind.Hosting, ProductKind.SslCertificate, ProductKind.Mailbox, ProductKind.Colocation];
            var lines = await db.Set<BasketItem>().CountAsync(i => i.CustomerId == customerId);
            for (var i = from; i < from + count; i++)
            {
                var product = new Product
                {
                    Id = Guid.NewGuid(),
                    Kind = kinds[i % kinds.Length],
                    Code = $"shop-{i}-{Guid.NewGuid():N}"[..30],
                    NameEn = $"Shop product {i}",
                    NameNl = $"Winkelproduct {i}",
                    PriceExclVat = 1m + i,
                    PeriodMonths = 12,
                    Active = true,
                    CreatedAt = DateTime.UtcNow,
                };
                db.Add(product);
                if (lines++ < CustomerBasket.MaxLines)
                {
                    db.Add(new BasketItem { Id = Guid.NewGuid(), CustomerId = customerId, ProductId = product.Id, DomainName = $"shop{i}.nl", Quantity = 1, AddedAt = DateTime.UtcNow.AddSeconds(i) });
                }
            }

            return await db.SaveChangesAsync();
        });
}
