using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Features.Domains;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Domains;
using RedIt.Portal.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.Server;
using static RedIt.Portal.Tests.Domains.RecordedOpenprovider;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Orders;

// The provisioning steps against a local server that answers as Openprovider does, run round by
// round with the background worker off, each retry brought forward instead of waited for.
[Trait("Policy", "2.3")]
public sealed class ProvisioningRetryTests : IDisposable
{
    private const string Registered = """{"code":0,"desc":"","data":{"expiration_date":"2028-04-29 17:15:19","id":10592139,"status":"ACT"}}""";
    private const string NotInAccount = """{"code":0,"desc":"","data":{"results":[],"total":0}}""";
    private readonly WireMockServer _api = WireMockServer.Start();
    private readonly PortalFactory _portal;

    public ProvisioningRetryTests()
    {
        _portal = RecordedOpenprovider.PortalFor(_api);
        _api.Given(Request.Create().WithPath("/v1beta/domains").UsingGet()).RespondWith(Json(200, NotInAccount));
    }

    [Fact]
    public async Task A_supplier_that_answers_500_twice_then_200_registers_the_domain_exactly_once_with_one_disclosure_per_step()
    {
        _api.Given(Request.Create().WithPath("/v1beta/domains").UsingPost()).InScenario("down").WillSetStateTo("still down")
            .RespondWith(Json(500, """{"code":1,"desc":"Internal error"}"""));
        _api.Given(Request.Create().WithPath("/v1beta/domains").UsingPost()).InScenario("down").WhenStateIs("still down").WillSetStateTo("up")
            .RespondWith(Json(500, """{"code":1,"desc":"Internal error"}"""));
        _api.Given(Request.Create().WithPath("/v1beta/domains").UsingPost()).InScenario("down").WhenStateIs("up")
            .RespondWith(Json(200, Registered));
        var (order, customerId) = await PaidDomainOrderAsync();

        Assert.Equal(OrderStatus.Completed, await OrdersWorld.RunUntilSettledAsync(_portal, order.Id));

        Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == "/v1beta/customers");
        Assert.Equal(3, _api.LogEntries.Count(e => e.RequestMessage.Path == "/v1beta/domains" && e.RequestMessage.Method == "POST"));
        // The second and third attempts first asked whether the first had registered it after all.
        Assert.Equal(2, _api.LogEntries.Count(e => e.RequestMessage.Path == "/v1beta/domains" && e.RequestMessage.Method == "GET"));
        var step = await _portal.WithDbAsync(db => db.Set<ProvisioningStep>().AsNoTracking().SingleAsync(s => s.OrderId == order.Id && s.Kind == ProvisioningStepKind.RegisterDomain));
        Assert.Equal((ProvisioningStepStatus.Done, 3, "10592139", (string?)null), (step.Status, step.Attempts, step.SupplierReference, step.LastError));
        var service = await _portal.WithDbAsync(db => db.Set<Service>().AsNoTracking().SingleAsync(s => s.CustomerId == customerId));
        Assert.Equal((ServiceStatus.Active, "10592139", (DateTime?)new DateTime(2028, 4, 29, 0, 0, 0, DateTimeKind.Utc)), (service.Status, service.SupplierReference, service.RenewsOn));
        Assert.Equal("JJ123456-NL", await _portal.WithDbAsync(db => db.Set<DomainContact>().Where(c => c.CustomerId == customerId).Select(c => c.SupplierHandle).SingleAsync()));
        var disclosed = await _portal.WithDbAsync(db => db.Set<Disclosure>().AsNoTracking().Where(d => d.PersonId == customerId).Select(d => d.DataItems).OrderBy(d => d).ToListAsync());
        Assert.Equal(["domain name", "first name, last name, address, phone number, e-mail address"], disclosed);
    }

    [Fact]
    public async Task A_refusal_stops_the_order_for_staff_and_Support_tries_the_step_again_once_the_cause_is_fixed()
    {
        _api.Given(Request.Create().WithPath("/v1beta/domains").UsingPost()).InScenario("refused").WillSetStateTo("fixed")
            .RespondWith(Json(400, """{"code":346,"desc":"Domain already exists for Jan Jansen"}"""));
        _api.Given(Request.Create().WithPath("/v1beta/domains").UsingPost()).InScenario("refused").WhenStateIs("fixed")
            .RespondWith(Json(200, Registered));
        var (order, customerId) = await PaidDomainOrderAsync();

        Assert.Equal(OrderStatus.Failed, await OrdersWorld.RunUntilSettledAsync(_portal, order.Id));
        var step = await _portal.WithDbAsync(db => db.Set<ProvisioningStep>().AsNoTracking().SingleAsync(s => s.OrderId == order.Id && s.Kind == ProvisioningStepKind.RegisterDomain));
        Assert.Equal((ProvisioningStepStatus.Failed, 1), (step.Status, step.Attempts));
        Assert.Contains("346", step.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("Jansen", step.LastError, StringComparison.Ordinal);
        Assert.Equal(ServiceStatus.Failed, await _portal.WithDbAsync(db => db.Set<Service>().Where(s => s.CustomerId == customerId).Select(s => s.Status).SingleAsync()));

        var (support, _) = await ConsentStaff.SignedInAsync(_portal, PortalRoles.Support);
        var page = await support.GetAsync("/staff/orders/" + order.Number);
        Assert.Equal("Failed", page.Document.QuerySelector("tr[data-step='RegisterDomain']")!.GetAttribute("data-status"));
        Assert.Equal("Done", page.Document.QuerySelector("tr[data-step='CreateDomainContact']")!.GetAttribute("data-status"));
        var retried = await support.SubmitAndFollowAsync(page, new Dictionary<string, string>(StringComparer.Ordinal), $"/steps/{step.Id}/retry");
        Assert.Contains("The step will be tried again in a moment.", retried.Text, StringComparison.Ordinal);
        var twice = await support.SubmitAndFollowAsync(page, new Dictionary<string, string>(StringComparer.Ordinal), $"/steps/{step.Id}/retry");
        Assert.Contains("Only a step that stopped can be tried again.", twice.Text, StringComparison.Ordinal);

        Assert.Equal(OrderStatus.Completed, await OrdersWorld.RunUntilSettledAsync(_portal, order.Id));
        Assert.Equal(ServiceStatus.Active, await _portal.WithDbAsync(db => db.Set<Service>().Where(s => s.CustomerId == customerId).Select(s => s.Status).SingleAsync()));
        Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == "/v1beta/customers");
    }

    [Fact]
    public async Task Two_instances_that_look_at_the_same_moment_send_the_registrant_once()
    {
        _api.Given(Request.Create().WithPath("/v1beta/domains").UsingPost()).RespondWith(Json(200, Registered));
        var (order, _) = await PaidDomainOrderAsync();

        // Each instance has its own runner and connection; only one of them claims each step.
        var instances = Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = _portal.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ProvisioningRunner>().RunDueAsync();
        }).ToList();
        await Task.WhenAll(instances);

        Assert.Equal(OrderStatus.Completed, await OrdersWorld.RunUntilSettledAsync(_portal, order.Id));
        Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == "/v1beta/customers");
        Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == "/v1beta/domains" && e.RequestMessage.Method == "POST");
        Assert.Equal(2, await _portal.WithDbAsync(db => db.Set<Disclosure>().CountAsync(d => d.Reference == order.Number)));
    }

    [Fact]
    public async Task A_paid_renewal_extends_the_domain_from_its_current_end_and_sends_no_personal_data()
    {
        _api.Given(Request.Create().WithPath("/v1beta/domains/10592139/renew").UsingPost()).RespondWith(Json(200, """{"code":0,"desc":"","data":{"status":"ACT"}}"""));
        var extension = await OrdersWorld.DomainExtensionAsync(_portal, 7.95m);
        var (_, email) = await People.SignedInCustomerAsync(_portal);
        var customerId = await _portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var now = DateTime.UtcNow;
        var ends = new DateTime(2027, 4, 29, 0, 0, 0, DateTimeKind.Utc);
        var service = new Service
        {
            Id = Guid.NewGuid(), CustomerId = customerId, ProductId = extension.Id, Kind = ProductKind.DomainExtension, Name = "winkel." + extension.Tld,
            Status = ServiceStatus.Active, CreatedAt = now, ActivatedAt = now.AddYears(-1), RenewsOn = ends, SupplierReference = "10592139",
        };
        var order = new Order { Id = Guid.NewGuid(), Number = $"ORD-1997-{Guid.NewGuid():N}"[..20], CustomerId = customerId, Status = OrderStatus.Paid, PlacedAt = now, PaidAt = now, TotalExclVat = 7.95m };
        order.Lines.Add(new OrderLine
        {
            Id = Guid.NewGuid(), OrderId = order.Id, ProductId = extension.Id, ProductKind = ProductKind.DomainExtension, Description = "Renewal of " + service.Name,
            Quantity = 1, PeriodMonths = 12, UnitPriceExclVat = 7.95m, TotalExclVat = 7.95m, DomainName = service.Name, DomainAction = DomainAction.Renew, ServiceId = service.Id,
        });
        await _portal.WithDbAsync(db =>
        {
            db.AddRange(service, order);
            return db.SaveChangesAsync();
        });
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProvisioningPlan>().StartAsync(order.Id, now);
        }

        Assert.Equal(OrderStatus.Completed, await OrdersWorld.RunUntilSettledAsync(_portal, order.Id));
        var renew = Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == "/v1beta/domains/10592139/renew");
        Assert.Equal($$"""{"domain":{"name":"winkel","extension":"{{extension.Tld}}"},"period":1}""", renew.RequestMessage.Body);
        var renewed = await _portal.WithDbAsync(db => db.Set<Service>().AsNoTracking().SingleAsync(s => s.Id == service.Id));
        Assert.Equal((ServiceStatus.Active, (DateTime?)ends.AddYears(1)), (renewed.Status, renewed.RenewsOn));
        Assert.Equal(1, await _portal.WithDbAsync(db => db.Set<Service>().CountAsync(s => s.CustomerId == customerId)));
        Assert.Equal(0, await _portal.WithDbAsync(db => db.Set<Disclosure>().CountAsync(d => d.PersonId == customerId)));
        await Outbox.AssertNoMailAsync(_portal, email, "is ready");
    }

    // A customer's paid order for one domain, its registrant given at checkout.
    private async Task<(Order Order, Guid CustomerId)> PaidDomainOrderAsync()
    {
        var extension = await OrdersWorld.DomainExtensionAsync(_portal, 7.95m);
        var (_, email) = await People.SignedInCustomerAsync(_portal);
        var customerId = await _portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var now = DateTime.UtcNow;
        var contact = new DomainContact
        {
            Id = Guid.NewGuid(), CustomerId = customerId, FirstName = "Jan", LastName = "Jansen", Street = "Damrak", HouseNumber = "1",
            PostalCode = "1012 LG", City = "Amsterdam", CountryCode = "NL", PhoneNumber = "+31201234567", Email = email, CreatedAt = now,
        };
        var order = new Order { Id = Guid.NewGuid(), Number = $"ORD-1997-{Guid.NewGuid():N}"[..20], CustomerId = customerId, Status = OrderStatus.Paid, PlacedAt = now, PaidAt = now, TotalExclVat = 7.95m };
        order.Lines.Add(new OrderLine
        {
            Id = Guid.NewGuid(), OrderId = order.Id, ProductId = extension.Id, ProductKind = ProductKind.DomainExtension, Description = "Domain winkel." + extension.Tld,
            Quantity = 1, PeriodMonths = 12, UnitPriceExclVat = 7.95m, TotalExclVat = 7.95m, DomainName = "winkel." + extension.Tld,
            DomainAction = DomainAction.Register, DomainContactId = contact.Id,
        });
        await _portal.WithDbAsync(db =>
        {
            db.AddRange(contact, order);
            return db.SaveChangesAsync();
        });
        await using var scope = _portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProvisioningPlan>().StartAsync(order.Id, now);
        return (order, customerId);
    }


    public void Dispose()
    {
        _portal.Dispose();
        _api.Stop();
        _api.Dispose();
    }
}
