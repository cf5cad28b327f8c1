using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Domains;

// A taken domain moves to RED-IT from the search, against the built-in Openprovider simulator,
// which refuses auth codes starting with "wrong".
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.3")]
public sealed class DomainTransferTests(PortalFactory portal)
{
    [Fact]
    public async Task A_customer_transfers_a_taken_domain_with_its_auth_code_and_gives_a_new_code_after_a_refusal()
    {
        var extension = await OrdersWorld.DomainExtensionAsync(portal, 7.95m);
        var domain = $"taken-{Guid.NewGuid():N}"[..18] + "." + extension.Tld;
        var (customer, email) = await People.SignedInCustomerAsync(portal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var search = await customer.GetAsync("/domains?name=" + domain);
        Assert.NotNull(search.Document.QuerySelector($"a[href='/domains/transfer?domain={Uri.EscapeDataString(domain)}']"));
        var form = await customer.GetAsync("/domains/transfer?domain=" + Uri.EscapeDataString(domain));
        Assert.Equal(domain, form.Value("Input.Domain"));

        // Each field says what is wrong and keeps what was typed; nothing reaches the basket.
        var empty = await Browserless.Page.FromAsync(await customer.SubmitAsync(form, Fields(("Input.AuthCode", ""))));
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("auth code from your current provider", empty.FieldError("Input.AuthCode"), StringComparison.Ordinal);
        Assert.Equal(domain, empty.Value("Input.Domain"));
        var spaced = await Browserless.Page.FromAsync(await customer.SubmitAsync(form, Fields(("Input.AuthCode", "ab cd"))));
        Assert.Contains("without spaces", spaced.FieldError("Input.AuthCode"), StringComparison.Ordinal);
        Assert.Equal("ab cd", spaced.Value("Input.AuthCode"));
        var free = "vrij-" + domain;
        var notTaken = await Browserless.Page.FromAsync(await customer.SubmitAsync(form, Fields(("Input.Domain", free), ("Input.AuthCode", "Code-123"))));
        Assert.Contains("nothing to transfer", notTaken.FieldError("Input.Domain"), StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Set<BasketItem>().CountAsync(i => i.CustomerId == personId)));

        var basket = await customer.SubmitAndFollowAsync(form, Fields(("Input.AuthCode", "  wrong-Code-1 ")));
        Assert.Contains("The transfer is in your basket.", basket.Text, StringComparison.Ordinal);
        var item = await portal.WithDbAsync(db => db.Set<BasketItem>().AsNoTracking().SingleAsync(i => i.CustomerId == personId));
        Assert.Equal((domain, (DomainAction?)DomainAction.Transfer), (item.DomainName, item.DomainAction));
        Assert.DoesNotContain("wrong-Code-1", item.ProtectedAuthCode, StringComparison.Ordinal);

        var placed = await customer.SubmitAndFollowAsync(await customer.GetAsync("/basket/checkout"), Fields());
        Assert.Contains("your order is placed", placed.Text, StringComparison.Ordinal);
        var order = await portal.WithDbAsync(db => db.Set<Order>().AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.CustomerId == personId));
        Assert.EndsWith(domain + ", transferred to RED-IT", order.Lines.Single().Description, StringComparison.Ordinal);
        var (finance, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);
        await finance.SubmitAndFollowAsync(await finance.GetAsync($"/staff/orders/{order.Number}/mark-paid"), Fields());

        // The current registrar refused the code: the customer is asked for a new one, the order waits.
        var mail = await Mailbox.WaitForAsync(email, domain + ": your order needs you");
        var service = await portal.WithDbAsync(db => db.Set<Service>().AsNoTracking().SingleAsync(s => s.CustomerId == personId));
        Assert.Contains("/profile/services/" + service.Id, mail.TextBody, StringComparison.Ordinal);
        Assert.Equal((ServiceStatus.Pending, OrderStatus.Provisioning), (service.Status, await StatusAsync(order.Id)));
        var shown = await customer.GetAsync("/profile/services/" + service.Id);
        Assert.NotNull(shown.Document.QuerySelector($"a[href='/profile/services/{service.Id}/transfer-code']"));

        var (other, _) = await People.SignedInCustomerAsync(portal);
        using (var notTheirs = await other.Client.GetAsync(new Uri($"/profile/services/{service.Id}/transfer-code", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        }

        var codeForm = await customer.GetAsync($"/profile/services/{service.Id}/transfer-code");
        var invalid = await Browserless.Page.FromAsync(await customer.SubmitAsync(codeForm, Fields(("Input.AuthCode", "a b"))));
        Assert.Contains("without spaces", invalid.FieldError("Input.AuthCode"), StringComparison.Ordinal);
        var again = await customer.SubmitAndFollowAsync(codeForm, Fields(("Input.AuthCode", "Right-Code-2")));
        Assert.Contains("We are sending the transfer again", again.Text, StringComparison.Ordinal);

        Assert.Equal(OrderStatus.Completed, await OrdersWorld.DeliveredAsync(portal, order.Id));
        service = await portal.WithDbAsync(db => db.Set<Service>().AsNoTracking().SingleAsync(s => s.Id == service.Id));
        Assert.Equal(ServiceStatus.Active, service.Status);
        Assert.NotNull(service.SupplierReference);
        var step = await portal.WithDbAsync(db => db.Set<ProvisioningStep>().AsNoTracking().SingleAsync(s => s.OrderId == order.Id && s.Kind == ProvisioningStepKind.TransferDomain));
        Assert.Equal((ProvisioningStepStatus.Done, (string?)null), (step.Status, step.ProtectedSecret));
        await Mailbox.WaitForAsync(email, order.Lines.Single().Description + " is ready");
        // Once it is done there is no code to give any more.
        using var gone = await customer.Client.GetAsync(new Uri($"/profile/services/{service.Id}/transfer-code", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private Task<OrderStatus> StatusAsync(Guid orderId) =>
        portal.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync());

    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
