using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;

namespace RedIt.Portal.Tests.Domains;

// Against the built-in Openprovider simulator: a name starting with "taken" is taken, any other is free.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.3")]
public sealed class DomainSearchTests(PortalFactory portal)
{
    [Fact]
    public async Task Anyone_searches_a_name_and_sees_the_typed_extension_first_with_prices_and_clear_errors()
    {
        var (first, second) = await ExtensionsAsync();
        var label = "winkel-" + Guid.NewGuid().ToString("N")[..8];
        var anonymous = new Browserless(portal.CreateClient());

        var page = await anonymous.GetAsync($"/domains?name=WWW.{label.ToUpperInvariant()}.{second.Tld!.ToUpperInvariant()}.");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.Document.QuerySelectorAll("tr[data-domain]").Where(r => r.GetAttribute("data-domain")!.StartsWith(label, StringComparison.Ordinal)).ToList();
        Assert.Equal([$"{label}.{second.Tld}", $"{label}.{first.Tld}"], rows.Select(r => r.GetAttribute("data-domain")!).Where(d => d.EndsWith(first.Tld!, StringComparison.Ordinal) || d.EndsWith(second.Tld!, StringComparison.Ordinal)));
        Assert.Equal(label + "." + second.Tld, page.Document.QuerySelector("tr[data-domain]")!.GetAttribute("data-domain"));
        Assert.All(rows, r => Assert.Equal("Free", r.GetAttribute("data-status")));
        Assert.Contains("€ 7.95", rows.Single(r => r.GetAttribute("data-domain")!.EndsWith(first.Tld!, StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("form[action='/domains/add']"));
        Assert.NotNull(page.Document.QuerySelector("a[href^='/account/login?returnUrl=']"));

        var taken = await anonymous.GetAsync($"/domains?name=taken-{label}.{first.Tld}");
        Assert.Equal("Taken", taken.Document.QuerySelector($"tr[data-domain='taken-{label}.{first.Tld}']")!.GetAttribute("data-status"));

        var invalid = await anonymous.GetAsync("/domains?name=" + Uri.EscapeDataString("my shop!"));
        Assert.Contains("letters, digits and hyphens", invalid.FieldError("name"), StringComparison.Ordinal);
        Assert.Equal("my shop!", invalid.Value("name"));
        Assert.Empty(invalid.Document.QuerySelectorAll("tr[data-domain]"));
        var unknown = await anonymous.GetAsync($"/domains?name={label}.zzqq");
        Assert.Contains("We do not offer domains ending in .zzqq.", unknown.FieldError("name"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_puts_a_free_domain_in_the_basket_once_and_orders_it_and_a_taken_one_never()
    {
        var (first, _) = await ExtensionsAsync();
        var label = "kantoor-" + Guid.NewGuid().ToString("N")[..8];
        var (customer, email) = await People.SignedInCustomerAsync(portal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var search = await customer.GetAsync($"/domains?name={label}.{first.Tld}");
        var added = await customer.SubmitAndFollowAsync(search, Fields(("domain", $"{label}.{first.Tld}")), "/domains/add");
        Assert.Contains("The domain is in your basket.", added.Text, StringComparison.Ordinal);
        var line = await portal.WithDbAsync(db => db.Set<BasketItem>().AsNoTracking().SingleAsync(i => i.CustomerId == personId));
        Assert.Equal((first.Id, $"{label}.{first.Tld}", (DomainAction?)DomainAction.Register), (line.ProductId, line.DomainName, line.DomainAction));

        var twice = await customer.SubmitAndFollowAsync(search, Fields(("domain", $"{label}.{first.Tld}")), "/domains/add");
        Assert.Contains("This domain is in your basket already.", twice.Text, StringComparison.Ordinal);
        var taken = await customer.SubmitAndFollowAsync(search, Fields(("domain", $"taken-{label}.{first.Tld}")), "/domains/add");
        Assert.Contains("This domain is no longer free.", taken.Text, StringComparison.Ordinal);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Set<BasketItem>().CountAsync(i => i.CustomerId == personId)));

        var placed = await customer.SubmitAndFollowAsync(await customer.GetAsync("/basket/checkout"), Fields());
        Assert.Contains("your order is placed", placed.Text, StringComparison.Ordinal);
        var ordered = await portal.WithDbAsync(db => db.Set<OrderLine>().AsNoTracking().SingleAsync(l => l.Order.CustomerId == personId));
        Assert.Equal(($"{label}.{first.Tld}", (DomainAction?)DomainAction.Register, 7.95m), (ordered.DomainName, ordered.DomainAction, ordered.TotalExclVat));
    }

    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);

    // Two extensions of this test's own, so no other test's catalogue is in the way.
    private async Task<(Product First, Product Second)> ExtensionsAsync() =>
        (await OrdersWorld.DomainExtensionAsync(portal, 7.95m), await OrdersWorld.DomainExtensionAsync(portal, 9.95m));
}
