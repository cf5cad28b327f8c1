using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Orders;

namespace RedIt.Portal.Tests.Billing.Renewals;

// Clause 2.4: what the renewal invoice charges for is delivered once it is paid. Hosting runs on
// as the same service, a period further, however often its step runs; a domain is renewed at the
// registry (the Openprovider simulator) from its current end.
[Trait("Policy", "2.4")]
public sealed class RenewalDeliveryTests(RenewalPortal portal) : IClassFixture<RenewalPortal>
{
    [Fact]
    public async Task Paying_a_hosting_renewal_extends_the_same_service_by_its_period_exactly_once()
    {
        portal.MoveToDay(new DateOnly(2037, 3, 2));
        var customer = await BillingWorld.CustomerAsync(portal);
        var hosting = await portal.ProductAsync(ProductKind.Hosting, 7.95m, 12, "Web hosting Basic", "Webhosting Basic");
        var renewsOn = new DateTime(2037, 3, 25, 17, 40, 0, DateTimeKind.Utc);
        var service = await portal.ServiceAsync(customer.Id, hosting, "kaasmakerij.nl", renewsOn);
        await portal.InvoiceRenewalsAsync();
        var invoice = Assert.Single(await portal.InvoicesForAsync(service.Id));
        var order = Assert.Single(await portal.OrdersForAsync(service.Id));

        Assert.True(await portal.PayAsync(invoice.Id));
        Assert.False(await portal.PayAsync(invoice.Id));
        Assert.Equal(OrderStatus.Completed, await OrdersWorld.RunUntilSettledAsync(portal, order.Id));

        var step = Assert.Single(await portal.StepsAsync(order.Id));
        Assert.Equal((ProvisioningStepKind.ExtendService, ProvisioningStepStatus.Done, (Guid?)service.Id), (step.Kind, step.Status, step.ServiceId));
        var extended = await portal.StoredServiceAsync(service.Id);
        Assert.Equal((ServiceStatus.Active, (DateTime?)renewsOn.AddMonths(12)), (extended.Status, extended.RenewsOn));
        Assert.Equal(1, await portal.WithDbAsync(db => db.Set<Service>().CountAsync(s => s.CustomerId == customer.Id)));

        // The step again, as after an instance stopped before it could store its end: the same date.
        await portal.WithDbAsync(db => db.Set<ProvisioningStep>().Where(s => s.Id == step.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ProvisioningStepStatus.Pending).SetProperty(x => x.NextAttemptAt, DateTime.UtcNow.AddYears(-1))));
        await portal.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == order.Id).ExecuteUpdateAsync(o => o.SetProperty(x => x.Status, OrderStatus.Provisioning)));
        Assert.Equal(OrderStatus.Completed, await OrdersWorld.RunUntilSettledAsync(portal, order.Id));
        Assert.Equal(2, (await portal.StepsAsync(order.Id)).Single().Attempts);
        Assert.Equal(renewsOn.AddMonths(12), (await portal.StoredServiceAsync(service.Id)).RenewsOn);

        // The next renewal is invoiced from the new date, a year on.
        portal.MoveToDay(new DateOnly(2038, 3, 1));
        await portal.InvoiceRenewalsAsync();
        var invoices = await portal.InvoicesForAsync(service.Id);
        Assert.Equal(2, invoices.Count);
        Assert.Equal(((DateOnly?)new DateOnly(2038, 3, 25), (DateOnly?)new DateOnly(2039, 3, 24)), (invoices[1].PeriodFrom, invoices[1].PeriodTo));
    }

    [Fact]
    public async Task Paying_a_domain_renewal_renews_it_at_the_registry_and_moves_its_date_a_year()
    {
        portal.MoveToDay(new DateOnly(2037, 6, 1));
        var customer = await BillingWorld.CustomerAsync(portal);
        var extension = await portal.ProductAsync(ProductKind.DomainExtension, 9.95m, 12, "Domain", "Domeinnaam");
        var name = $"bloemist-{Guid.NewGuid():N}"[..20] + "." + extension.Tld;
        var renewsOn = new DateTime(2037, 6, 28, 0, 0, 0, DateTimeKind.Utc);
        var supplierId = "3" + Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var service = await portal.ServiceAsync(customer.Id, extension, name, renewsOn, supplierReference: supplierId);
        await portal.InvoiceRenewalsAsync();
        var order = Assert.Single(await portal.OrdersForAsync(service.Id));
        var line = Assert.Single(order.Lines);
        Assert.Equal(((DomainAction?)DomainAction.Renew, name, "Verlenging van Domeinnaam voor " + name), (line.DomainAction, line.DomainName, line.Description));
        var invoice = Assert.Single(await portal.InvoicesForAsync(service.Id));
        portal.Outbound.Clear();

        Assert.True(await portal.PayAsync(invoice.Id));
        Assert.Equal(OrderStatus.Completed, await OrdersWorld.RunUntilSettledAsync(portal, order.Id));

        var step = Assert.Single(await portal.StepsAsync(order.Id));
        Assert.Equal((ProvisioningStepKind.RenewDomain, ProvisioningStepStatus.Done, (Guid?)service.Id), (step.Kind, step.Status, step.ServiceId));
        var renew = Assert.Single(portal.Outbound.Sent, r => r.Url.AbsolutePath.EndsWith("/renew", StringComparison.Ordinal));
        Assert.Equal(("POST", "/v1beta/domains/" + supplierId + "/renew"), (renew.Method, renew.Url.AbsolutePath));
        var renewed = await portal.StoredServiceAsync(service.Id);
        Assert.Equal((ServiceStatus.Active, (DateTime?)renewsOn.AddYears(1), supplierId), (renewed.Status, renewed.RenewsOn, renewed.SupplierReference));
        Assert.Equal(1, await portal.WithDbAsync(db => db.Set<Service>().CountAsync(s => s.CustomerId == customer.Id)));
    }

    [Fact]
    public async Task A_renewal_paid_after_its_service_ended_does_not_bring_it_back()
    {
        portal.MoveToDay(new DateOnly(2037, 9, 1));
        var customer = await BillingWorld.CustomerAsync(portal);
        var colocation = await portal.ProductAsync(ProductKind.Colocation, 45m, 1, "Rack unit", "Rackunit");
        var renewsOn = new DateTime(2037, 9, 20, 8, 0, 0, DateTimeKind.Utc);
        var service = await portal.ServiceAsync(customer.Id, colocation, "Rack R7 U12", renewsOn);
        await portal.InvoiceRenewalsAsync();
        var order = Assert.Single(await portal.OrdersForAsync(service.Id));
        var invoice = Assert.Single(await portal.InvoicesForAsync(service.Id));
        await portal.WithDbAsync(db => db.Set<Service>().Where(s => s.Id == service.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ServiceStatus.Ended).SetProperty(x => x.EndedAt, portal.Now)));

        Assert.True(await portal.PayAsync(invoice.Id));
        Assert.Equal(OrderStatus.Failed, await OrdersWorld.RunUntilSettledAsync(portal, order.Id));

        var step = Assert.Single(await portal.StepsAsync(order.Id));
        Assert.Equal((ProvisioningStepKind.ExtendService, ProvisioningStepStatus.Failed, "The service ended before its renewal was paid"), (step.Kind, step.Status, step.LastError));
        var ended = await portal.StoredServiceAsync(service.Id);
        Assert.Equal((ServiceStatus.Ended, (DateTime?)renewsOn), (ended.Status, ended.RenewsOn));
    }
}
