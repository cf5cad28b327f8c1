using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Orders;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.3")]
public sealed class CheckoutTests(PortalFactory portal)
{
    [Fact]
    public async Task A_customer_checks_out_gets_a_numbered_order_and_its_confirmation_and_a_second_click_orders_nothing()
    {
        var hosting = await OrdersWorld.ProductAsync(portal, ProductKind.Hosting, 4.95m);
        var colocation = await OrdersWorld.ProductAsync(portal, ProductKind.Colocation, 49m);
        var (customer, email) = await People.SignedInCustomerAsync(portal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await customer.SubmitAndFollowAsync(await customer.GetAsync($"/basket/add?product={hosting.Id}"), Fields(("Input.DomainName", "winkel.nl"), ("Input.Quantity", "2")));
        await customer.SubmitAndFollowAsync(await customer.GetAsync($"/basket/add?product={colocation.Id}"), Fields());

        var basket = await customer.GetAsync("/basket");
        Assert.NotNull(basket.Document.QuerySelector("a[href='/basket/checkout']"));
        var checkout = await customer.GetAsync("/basket/checkout");
        Assert.Equal(HttpStatusCode.OK, checkout.Status);
        Assert.Equal(2, checkout.Document.QuerySelectorAll("tr[data-line]").Length);
        Assert.Empty(checkout.Document.QuerySelectorAll("form[action$='/remove']"));
        Assert.Equal("€ 58.90", checkout.Document.QuerySelector("td.total")!.TextContent.Trim());

        var placed = await customer.SubmitAndFollowAsync(checkout, Fields());
        Assert.Equal(HttpStatusCode.OK, placed.Status);
        Assert.Contains("your order is placed", placed.Text, StringComparison.Ordinal);
        var order = await portal.WithDbAsync(db => db.Set<Order>().AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.CustomerId == personId));
        Assert.Matches($"^ORD-{DateTime.UtcNow.Year}-\\d{{6}}$", order.Number);
        Assert.EndsWith("/profile/orders/" + order.Number, placed.Url, StringComparison.Ordinal);
        Assert.Equal((OrderStatus.AwaitingPayment, 58.90m), (order.Status, order.TotalExclVat));
        var line = order.Lines.Single(l => l.ProductId == hosting.Id);
        Assert.Equal((2, 4.95m, 9.90m, "winkel.nl"), (line.Quantity, line.UnitPriceExclVat, line.TotalExclVat, line.DomainName));
        Assert.Contains("winkel.nl", line.Description, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Set<BasketItem>().CountAsync(i => i.CustomerId == personId)));
        Assert.Equal(2, placed.Document.QuerySelectorAll("table.order-lines tbody tr").Length);

        // The catalogue changes; the order keeps the price it was placed at.
        await portal.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == hosting.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.PriceExclVat, 99m)));
        var shown = await customer.GetAsync("/profile/orders/" + order.Number);
        Assert.Equal("€ 58.90", shown.Document.QuerySelector("td.total")!.TextContent.Trim());

        var mail = await Mailbox.WaitForAsync(email, order.Number);
        Assert.Contains("winkel.nl", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/profile/orders/" + order.Number, mail.TextBody, StringComparison.Ordinal);

        // A second click on the same button (the back button, a double click): nothing more is ordered.
        var again = await Browserless.Page.FromAsync(await customer.SubmitAsync(checkout, Fields()));
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("Your basket is empty.", again.Text, StringComparison.Ordinal);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Set<Order>().CountAsync(o => o.CustomerId == personId)));

        var list = await customer.GetAsync("/profile/orders");
        Assert.Equal([order.Number], list.Document.QuerySelectorAll("table.my-orders tbody tr").Select(r => r.GetAttribute("data-order")!));
        var (other, _) = await People.SignedInCustomerAsync(portal);
        using var notTheirs = await other.Client.GetAsync(new Uri("/profile/orders/" + order.Number, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Empty((await other.GetAsync("/profile/orders")).Document.QuerySelectorAll("table.my-orders tbody tr"));
    }

    [Fact]
    public async Task A_product_withdrawn_after_it_went_in_the_basket_stops_the_order_and_changes_nothing()
    {
        var mailbox = await OrdersWorld.ProductAsync(portal, ProductKind.Mailbox, 2.50m);
        var (customer, email) = await People.SignedInCustomerAsync(portal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await customer.SubmitAndFollowAsync(await customer.GetAsync($"/basket/add?product={mailbox.Id}"), Fields(("Input.DomainName", "kantoor.nl")));
        var checkout = await customer.GetAsync("/basket/checkout");
        await portal.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == mailbox.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.Active, false)));

        var refused = await Browserless.Page.FromAsync(await customer.SubmitAsync(checkout, Fields()));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains($"{mailbox.NameEn} is no longer offered", refused.Document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Set<Order>().CountAsync(o => o.CustomerId == personId)));
        Assert.Equal(1, await portal.WithDbAsync(db => db.Set<BasketItem>().CountAsync(i => i.CustomerId == personId)));
    }

    [Fact]
    public async Task Order_numbers_follow_each_other_without_gaps()
    {
        var colocation = await OrdersWorld.ProductAsync(portal, ProductKind.Colocation, 10m);
        var numbers = new List<int>();
        for (var i = 0; i < 2; i++)
        {
            var (customer, _) = await People.SignedInCustomerAsync(portal);
            await customer.SubmitAndFollowAsync(await customer.GetAsync($"/basket/add?product={colocation.Id}"), Fields());
            var placed = await customer.SubmitAndFollowAsync(await customer.GetAsync("/basket/checkout"), Fields());
            numbers.Add(int.Parse(placed.Url[^6..], CultureInfo.InvariantCulture));
        }

        Assert.Equal(numbers[0] + 1, numbers[1]);
    }

    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
