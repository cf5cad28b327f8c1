using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Tests.Infrastructure;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Orders;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.3")]
public sealed class StaffOrderTests(PortalFactory portal)
{
    [Fact]
    public async Task Staff_find_an_order_by_customer_number_order_number_and_status_and_only_Finance_marks_it_paid_once()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var customer = await portal.WithDbAsync(db => db.Customers.Where(c => c.User.Email == email).Select(c => new { c.Id, c.Number }).SingleAsync());
        var orders = await portal.WithDbAsync(async db =>
        {
            var added = OrdersWorld.AddOrders(db, customer.Id, 2, DateTime.UtcNow);
            await db.SaveChangesAsync();
            return added;
        });
        var waiting = orders.Single(o => o.Status == OrderStatus.AwaitingPayment);
        var paid = orders.Single(o => o.Status == OrderStatus.Paid);

        var (support, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Support);
        Assert.Equal([waiting.Number, paid.Number], await NumbersAsync(support, $"/staff/orders?q={customer.Number}"));
        Assert.Equal([paid.Number], await NumbersAsync(support, $"/staff/orders?q={paid.Number.ToLowerInvariant()}"));
        Assert.Equal([waiting.Number], await NumbersAsync(support, $"/staff/orders?q={customer.Number}&status=AwaitingPayment"));
        var shown = await support.GetAsync("/staff/orders/" + waiting.Number);
        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.Equal(2, shown.Document.QuerySelectorAll("table.order-lines tbody tr").Length);
        Assert.NotNull(shown.Document.QuerySelector($"a[href='/staff/customers/{customer.Number}']"));
        Assert.Null(shown.Document.QuerySelector("a[href$='/mark-paid']"));
        using (var refused = await support.Client.GetAsync(new Uri($"/staff/orders/{waiting.Number}/mark-paid", UriKind.Relative)))
        {
            Assert.Contains("/account/access-denied", refused.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        }

        var (finance, financeEmail) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);
        var order = await finance.GetAsync("/staff/orders/" + waiting.Number);
        Assert.NotNull(order.Document.QuerySelector($"a[href='/staff/orders/{waiting.Number}/mark-paid']"));
        var confirm = await finance.GetAsync($"/staff/orders/{waiting.Number}/mark-paid");
        var marked = await finance.SubmitAndFollowAsync(confirm, new Dictionary<string, string>(StringComparer.Ordinal));
        Assert.Contains("The order is marked paid.", marked.Text, StringComparison.Ordinal);
        var financeId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == financeEmail).Select(u => u.Id).SingleAsync());
        var stored = await portal.WithDbAsync(db => db.Set<Order>().AsNoTracking().SingleAsync(o => o.Id == waiting.Id));
        Assert.Equal((Guid?)financeId, stored.MarkedPaidById);
        Assert.NotNull(stored.PaidAt);
        // Paid, it is delivered: its two rack units are our own platform's, so it completes by itself.
        Assert.Equal(OrderStatus.Completed, await OrdersWorld.DeliveredAsync(portal, waiting.Id));

        // The same form sent again: the order is paid already, nothing more happens.
        var again = await finance.SubmitAndFollowAsync(confirm, new Dictionary<string, string>(StringComparer.Ordinal));
        Assert.Contains("Only an order that waits for payment can be marked paid.", again.Text, StringComparison.Ordinal);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Set<AuditLogEntry>().CountAsync(a => a.Action == AuditAction.OrderMarkedPaid && a.SubjectPersonId == customer.Id)));
        Assert.Equal(2, await portal.WithDbAsync(db => db.Set<ProvisioningStep>().CountAsync(s => s.OrderId == waiting.Id)));
    }

    [Fact]
    public async Task The_order_list_sends_as_many_SQL_commands_for_200_orders_as_for_5()
    {
        using var counting = new CountingPortalFactory();
        var (_, email) = await People.SignedInCustomerAsync(counting);
        var customerId = await counting.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var (support, _) = await ConsentStaff.SignedInAsync(counting, PortalRoles.Support);
        await SeedAsync(counting, customerId, 5);
        using (await support.Client.GetAsync(new Uri("/staff/orders", UriKind.Relative)))
        {
        }

        var (few, fewSql) = await counting.GetCountedAsync(support, "/staff/orders");
        await SeedAsync(counting, customerId, 195);
        var (many, manySql) = await counting.GetCountedAsync(support, "/staff/orders");

        Assert.Equal(5, few.Document.QuerySelectorAll("tr[data-order]").Length);
        Assert.Equal(RedIt.Portal.Features.Orders.Staff.OrderDesk.PageSize, many.Document.QuerySelectorAll("tr[data-order]").Length);
        Assert.True(fewSql.Commands == manySql.Commands, $"/staff/orders with 5 orders: {fewSql}{Environment.NewLine}with 200: {manySql}");
    }

    private static Task<int> SeedAsync(PortalFactory portal, Guid customerId, int count) =>
        portal.WithDbAsync(db =>
        {
            OrdersWorld.AddOrders(db, customerId, count, DateTime.UtcNow);
            return db.SaveChangesAsync();
        });

    private static async Task<List<string>> NumbersAsync(Browserless browser, string url)
    {
        var page = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelectorAll("table.staff-orders tbody tr").Select(r => r.GetAttribute("data-order")!).ToList();
    }
}
