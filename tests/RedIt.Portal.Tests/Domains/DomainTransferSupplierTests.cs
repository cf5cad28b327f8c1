using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Features.Domains;
using RedIt.Portal.Features.Domains.Transfer;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;
using WireMock.RequestBuilders;
using WireMock.Server;
using static RedIt.Portal.Tests.Domains.RecordedOpenprovider;

namespace RedIt.Portal.Tests.Domains;

// A transfer against a local server that answers as Openprovider does: the request goes once with
// the auth code, the registry takes its time, and the step looks again until the domain is ours.
[Trait("Policy", "2.3")]
public sealed class DomainTransferSupplierTests : IDisposable
{
    private const string Requested = """{"code":0,"desc":"","data":{"id":10592140,"status":"REQ"}}""";
    private const string Active = """{"code":0,"desc":"","data":{"id":10592140,"status":"ACT","expiration_date":"2027-09-14 10:00:00","domain":{"name":"winkel","extension":"nl"}}}""";
    private const string NotInAccount = """{"code":0,"desc":"","data":{"results":[],"total":0}}""";
    private readonly WireMockServer _api = WireMockServer.Start();
    private readonly PortalFactory _portal;

    public DomainTransferSupplierTests()
    {
        _portal = RecordedOpenprovider.PortalFor(_api);
    }

    [Fact]
    public async Task The_transfer_is_sent_once_with_its_auth_code_and_the_step_follows_the_registry_until_the_domain_is_active()
    {
        _api.Given(Request.Create().WithPath("/v1beta/domains/transfer").UsingPost()).RespondWith(Json(200, Requested));
        _api.Given(Request.Create().WithPath("/v1beta/domains/10592140").UsingGet()).InScenario("registry").WillSetStateTo("approved")
            .RespondWith(Json(200, Requested));
        _api.Given(Request.Create().WithPath("/v1beta/domains/10592140").UsingGet()).InScenario("registry").WhenStateIs("approved")
            .RespondWith(Json(200, Active));
        var (order, customerId, tld, _) = await PaidTransferAsync("Xk9#pL2!qR");

        await OrdersWorld.RoundAsync(_portal);
        var step = await TransferStepAsync(order.Id);
        Assert.Equal((ProvisioningStepStatus.WaitingForSupplier, 1, "10592140"), (step.Status, step.Attempts, step.SupplierReference));
        Assert.Contains("REQ", step.LastError, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Provisioning, await OrderStatusAsync(order.Id));
        var sent = Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == "/v1beta/domains/transfer");
        Assert.Equal(
            $$"""{"domain":{"name":"winkel","extension":"{{tld}}"},"auth_code":"Xk9#pL2!qR","owner_handle":"JJ123456-NL","admin_handle":"JJ123456-NL","tech_handle":"JJ123456-NL","ns_group":"dns-openprovider","autorenew":"off"}""",
            sent.RequestMessage.Body);
        // The code is kept encrypted until the transfer is done.
        Assert.NotNull(step.ProtectedSecret);
        Assert.DoesNotContain("Xk9#pL2!qR", step.ProtectedSecret, StringComparison.Ordinal);

        await OrdersWorld.RoundAsync(_portal);
        Assert.Equal(ProvisioningStepStatus.WaitingForSupplier, (await TransferStepAsync(order.Id)).Status);
        await OrdersWorld.RoundAsync(_portal);

        Assert.Equal(OrderStatus.Completed, await OrderStatusAsync(order.Id));
        step = await TransferStepAsync(order.Id);
        Assert.Equal((ProvisioningStepStatus.Done, (string?)null, (string?)null), (step.Status, step.ProtectedSecret, step.LastError));
        var service = await _portal.WithDbAsync(db => db.Set<Service>().AsNoTracking().SingleAsync(s => s.CustomerId == customerId));
        Assert.Equal((ServiceStatus.Active, "10592140", (DateTime?)new DateTime(2027, 9, 14, 0, 0, 0, DateTimeKind.Utc)), (service.Status, service.SupplierReference, service.RenewsOn));
        Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == "/v1beta/domains/transfer");
        Assert.Equal(2, _api.LogEntries.Count(e => e.RequestMessage.Path == "/v1beta/domains/10592140"));
        var disclosed = await _portal.WithDbAsync(db => db.Set<Disclosure>().AsNoTracking().Where(d => d.PersonId == customerId).Select(d => d.DataItems).OrderBy(d => d).ToListAsync());
        Assert.Equal(["domain name", "first name, last name, address, phone number, e-mail address"], disclosed);
    }

    [Fact]
    public async Task A_transfer_whose_answer_was_lost_is_found_in_the_account_and_never_sent_twice()
    {
        var (order, _, tld, _) = await PaidTransferAsync("Xk9pL2qR");
        _api.Given(Request.Create().WithPath("/v1beta/domains/transfer").UsingPost()).RespondWith(Json(502, "Bad gateway"));
        _api.Given(Request.Create().WithPath("/v1beta/domains").UsingGet())
            .RespondWith(Json(200, $$$"""{"code":0,"desc":"","data":{"results":[{"id":10592140,"status":"REQ","domain":{"name":"winkel","extension":"{{{tld}}}"}}],"total":1}}"""));
        _api.Given(Request.Create().WithPath("/v1beta/domains/10592140").UsingGet()).RespondWith(Json(200, Active));

        await OrdersWorld.RoundAsync(_portal);
        Assert.Equal((ProvisioningStepStatus.Pending, 1), await StepStateAsync(order.Id));
        await OrdersWorld.RoundAsync(_portal);
        Assert.Equal((ProvisioningStepStatus.WaitingForSupplier, 1), await StepStateAsync(order.Id));
        await OrdersWorld.RoundAsync(_portal);

        Assert.Equal(OrderStatus.Completed, await OrderStatusAsync(order.Id));
        Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == "/v1beta/domains/transfer");
    }

    [Fact]
    public async Task A_refused_transfer_waits_for_the_customer_without_failing_the_order_and_forgets_the_refused_code()
    {
        _api.Given(Request.Create().WithPath("/v1beta/domains").UsingGet()).RespondWith(Json(200, NotInAccount));
        _api.Given(Request.Create().WithPath("/v1beta/domains/transfer").UsingPost())
            .RespondWith(Json(400, """{"code":399,"desc":"Authorization code is invalid"}"""));
        var (order, customerId, _, email) = await PaidTransferAsync("wrong-one");

        await OrdersWorld.RoundAsync(_portal);
        await OrdersWorld.RoundAsync(_portal);

        var step = await TransferStepAsync(order.Id);
        Assert.Equal((ProvisioningStepStatus.WaitingForCustomer, (string?)null), (step.Status, step.ProtectedSecret));
        Assert.Contains("399", step.LastError, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Provisioning, await OrderStatusAsync(order.Id));
        Assert.Equal(ServiceStatus.Pending, await _portal.WithDbAsync(db => db.Set<Service>().Where(s => s.CustomerId == customerId).Select(s => s.Status).SingleAsync()));
        // Waiting for the customer, the step is not tried again by itself; the customer is told why.
        Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == "/v1beta/domains/transfer");
        var mail = await Mailbox.WaitForAsync(email, "your order needs you");
        Assert.Contains("auth code is wrong or has expired", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("because you ordered this service", mail.TextBody, StringComparison.Ordinal);
    }

    // A customer's paid transfer order, its registrant given at checkout and its code encrypted.
    private async Task<(Order Order, Guid CustomerId, string Tld, string Email)> PaidTransferAsync(string authCode)
    {
        var extension = await OrdersWorld.DomainExtensionAsync(_portal, 7.95m);
        var (_, email) = await People.SignedInCustomerAsync(_portal);
        var customerId = await _portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var codes = _portal.Services.GetRequiredService<DomainTransferCodes>();
        var now = DateTime.UtcNow;
        var contact = new DomainContact
        {
            Id = Guid.NewGuid(), CustomerId = customerId, FirstName = "Jan", LastName = "Jansen", Street = "Damrak", HouseNumber = "1",
            PostalCode = "1012 LG", City = "Amsterdam", CountryCode = "NL", PhoneNumber = "+31201234567", Email = email, CreatedAt = now,
        };
        var order = new Order { Id = Guid.NewGuid(), Number = $"ORD-1998-{Guid.NewGuid():N}"[..20], CustomerId = customerId, Status = OrderStatus.Paid, PlacedAt = now, PaidAt = now, TotalExclVat = 7.95m, Culture = "en" };
        order.Lines.Add(new OrderLine
        {
            Id = Guid.NewGuid(), OrderId = order.Id, ProductId = extension.Id, ProductKind = ProductKind.DomainExtension, Description = "Domain winkel." + extension.Tld + ", transferred to RED-IT",
            Quantity = 1, PeriodMonths = 12, UnitPriceExclVat = 7.95m, TotalExclVat = 7.95m, DomainName = "winkel." + extension.Tld,
            DomainAction = DomainAction.Transfer, DomainContactId = contact.Id, ProtectedAuthCode = codes.Protect(authCode),
        });
        await _portal.WithDbAsync(db =>
        {
            db.AddRange(contact, order);
            return db.SaveChangesAsync();
        });
        await using var scope = _portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProvisioningPlan>().StartAsync(order.Id, now);
        // Payment moved the code to the step.
        Assert.Null(await _portal.WithDbAsync(db => db.Set<OrderLine>().Where(l => l.OrderId == order.Id).Select(l => l.ProtectedAuthCode).SingleAsync()));
        return (order, customerId, extension.Tld!, email);
    }


    private Task<ProvisioningStep> TransferStepAsync(Guid orderId) =>
        _portal.WithDbAsync(db => db.Set<ProvisioningStep>().AsNoTracking().SingleAsync(s => s.OrderId == orderId && s.Kind == ProvisioningStepKind.TransferDomain));

    private async Task<(ProvisioningStepStatus, int)> StepStateAsync(Guid orderId) =>
        await TransferStepAsync(orderId) is var step ? (step.Status, step.Attempts) : default;

    private Task<OrderStatus> OrderStatusAsync(Guid orderId) =>
        _portal.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync());


    public void Dispose()
    {
        _portal.Dispose();
        _api.Stop();
        _api.Dispose();
    }
}
