using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Orders;

// The price list for everyone and the basket of a signed-in customer: a product for a domain asks
// for that domain, a product sold by quotation never goes in, and a basket is the customer's own.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.3")]
public sealed class BasketTests(PortalFactory portal)
{
    [Fact]
    public async Task Anyone_sees_the_offered_products_with_prices_and_only_a_customer_gets_the_basket_buttons()
    {
        var hosting = await OrdersWorld.ProductAsync(portal, ProductKind.Hosting, 4.95m);
        var withdrawn = await OrdersWorld.ProductAsync(portal, ProductKind.Hosting, 1m, active: false);
        var managed = await OrdersWorld.ProductAsync(portal, ProductKind.ManagedService, 0m, quotation: true);

        var anonymous = await new Browserless(portal.CreateClient()).GetAsync("/products");
        Assert.Equal(HttpStatusCode.OK, anonymous.Status);
        Assert.NotNull(anonymous.Document.QuerySelector($"tr[data-product='{hosting.Code}']"));
        Assert.Null(anonymous.Document.QuerySelector($"tr[data-product='{withdrawn.Code}']"));
        Assert.Contains("4.95", anonymous.Document.QuerySelector($"tr[data-product='{hosting.Code}']")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(anonymous.Document.QuerySelectorAll("a[href^='/basket/add']"));

        var (customer, _) = await People.SignedInCustomerAsync(portal);
        var signedIn = await customer.GetAsync("/products");
        Assert.NotNull(signedIn.Document.QuerySelector($"tr[data-product='{hosting.Code}'] a[href='/basket/add?product={hosting.Id}']"));
        Assert.Null(signedIn.Document.QuerySelector($"tr[data-product='{managed.Code}'] a[href^='/basket/add']"));
        Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync($"/basket/add?product={managed.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await customer.GetAsync($"/basket/add?product={withdrawn.Id}")).Status);
    }

    [Fact]
    public async Task A_customer_adds_hosting_for_a_domain_sees_the_total_and_removes_it_and_another_customer_cannot()
    {
        var hosting = await OrdersWorld.ProductAsync(portal, ProductKind.Hosting, 4.95m);
        var colocation = await OrdersWorld.ProductAsync(portal, ProductKind.Colocation, 49m);
        var (customer, email) = await People.SignedInCustomerAsync(portal);
        var form = await customer.GetAsync($"/basket/add?product={hosting.Id}");

        var noDomain = await Browserless.Page.FromAsync(await customer.SubmitAsync(form, Fields(("Input.DomainName", "not a domain"), ("Input.Quantity", "2"))));
        Assert.Contains("the domain name it is for", noDomain.FieldError("Input.DomainName"), StringComparison.Ordinal);
        Assert.Equal("not a domain", noDomain.Value("Input.DomainName"));
        Assert.Equal("2", noDomain.Value("Input.Quantity"));
        var tooMany = await Browserless.Page.FromAsync(await customer.SubmitAsync(form, Fields(("Input.DomainName", "example.nl"), ("Input.Quantity", "500"))));
        Assert.Contains("from 1 to 100", tooMany.FieldError("Input.Quantity"), StringComparison.Ordinal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        Assert.Equal(0, await portal.WithDbAsync(db => db.Set<BasketItem>().CountAsync(i => i.CustomerId == personId)));

        var added = await customer.SubmitAndFollowAsync(form, Fields(("Input.DomainName", " WWW.Voorbeeld-Winkel.NL. "), ("Input.Quantity", "2")));
        Assert.Contains("The product is in your basket.", added.Text, StringComparison.Ordinal);
        await customer.SubmitAndFollowAsync(await customer.GetAsync($"/basket/add?product={colocation.Id}"), Fields());
        var basket = await customer.GetAsync("/basket");
        var lines = basket.Document.QuerySelectorAll("tr[data-line]");
        Assert.Equal(2, lines.Length);
        Assert.Contains("voorbeeld-winkel.nl", lines[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("€ 58.90", basket.Document.QuerySelector("td.total")!.TextContent.Trim());

        var line = lines[0].GetAttribute("data-line")!;
        var (other, _) = await People.SignedInCustomerAsync(portal);
        var token = (await other.GetAsync("/basket")).Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using (var content = new FormUrlEncodedContent(Fields(("__RequestVerificationToken", token))))
        using (var refused = await other.Client.PostAsync(new Uri($"/basket/{line}/remove", UriKind.Relative), content))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        }

        Assert.Equal(2, await portal.WithDbAsync(db => db.Set<BasketItem>().CountAsync(i => i.CustomerId == personId)));
        Assert.Empty((await other.GetAsync("/basket")).Document.QuerySelectorAll("tr[data-line]"));

        var removed = await customer.SubmitAndFollowAsync(basket, Fields(), $"/basket/{line}/remove");
        Assert.Contains("The product is removed from your basket.", removed.Text, StringComparison.Ordinal);
        Assert.Single(removed.Document.QuerySelectorAll("tr[data-line]"));
    }

    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
