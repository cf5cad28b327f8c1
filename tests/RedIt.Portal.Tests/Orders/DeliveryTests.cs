using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Features.Domains;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Infrastructure;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Orders;

// An order from the basket to "My services", against the built-in Openprovider simulator: the
// registrant is asked at checkout, the paid order is delivered by the provisioning worker.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.3")]
public sealed class DeliveryTests(PortalFactory portal)
{
    [Fact]
    public async Task A_paid_domain_and_hosting_order_is_delivered_its_registrant_sent_once_with_its_disclosure_and_shown_in_my_services()
    {
        var extension = await OrdersWorld.DomainExtensionAsync(portal, 7.95m, requiresGender: true);
        var hosting = await OrdersWorld.ProductAsync(portal, ProductKind.Hosting, 4.95m);
        var domain = $"bakkerij-{Guid.NewGuid():N}"[..20] + "." + extension.Tld;
        var (customer, email) = await People.SignedInCustomerAsync(portal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await customer.SubmitAndFollowAsync(await customer.GetAsync("/domains?name=" + domain), Fields(("domain", domain)), "/domains/add");
        await customer.SubmitAndFollowAsync(await customer.GetAsync($"/basket/add?product={hosting.Id}"), Fields(("Input.DomainName", domain)));

        // The registrant is the customer until changed; this registry asks for gender, so it is asked.
        var checkout = await customer.GetAsync("/basket/checkout");
        Assert.Equal(People.PrivateCustomer(email)["FirstName"], checkout.Value("Registrant.FirstName"));
        Assert.Equal(email, checkout.Value("Registrant.Email"));
        Assert.Equal(2, checkout.Document.QuerySelectorAll("input[name='Registrant.Gender']").Length);

        var refused = await Browserless.Page.FromAsync(await customer.SubmitAsync(checkout, Fields(("Registrant.FirstName", "Anna"))));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.True(refused.FieldError("Registrant.Gender")?.Contains("asks for the registrant's gender", StringComparison.Ordinal) == true, refused.Html);
        Assert.Equal("Anna", refused.Value("Registrant.FirstName"));
        Assert.Equal(0, await portal.WithDbAsync(db => db.Set<Order>().CountAsync(o => o.CustomerId == personId)));

        var placed = await customer.SubmitAndFollowAsync(refused, Fields(("Registrant.Gender", "Female")));
        Assert.Contains("your order is placed", placed.Text, StringComparison.Ordinal);
        var order = await portal.WithDbAsync(db => db.Set<Order>().AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.CustomerId == personId));
        var contact = await portal.WithDbAsync(db => db.Set<DomainContact>().AsNoTracking().SingleAsync(c => c.CustomerId == personId));
        Assert.Equal(("Anna", (RegistrantGender?)RegistrantGender.Female, (string?)null), (contact.FirstName, contact.Gender, contact.SupplierHandle));
        Assert.Equal(contact.Id, order.Lines.Single(l => l.DomainAction == DomainAction.Register).DomainContactId);
        Assert.Null(order.Lines.Single(l => l.ProductId == hosting.Id).DomainContactId);

        var (finance, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);
        await finance.SubmitAndFollowAsync(await finance.GetAsync($"/staff/orders/{order.Number}/mark-paid"), Fields());
        Assert.Equal(OrderStatus.Completed, await OrdersWorld.DeliveredAsync(portal, order.Id));

        var services = await portal.WithDbAsync(db => db.Set<Service>().AsNoTracking().Where(s => s.CustomerId == personId).ToListAsync());
        var registered = services.Single(s => s.Kind == ProductKind.DomainExtension);
        var site = services.Single(s => s.Kind == ProductKind.Hosting);
        Assert.Equal((domain, ServiceStatus.Active), (registered.Name, registered.Status));
        Assert.NotNull(registered.SupplierReference);
        Assert.InRange(registered.RenewsOn!.Value, DateTime.UtcNow.AddMonths(11), DateTime.UtcNow.AddMonths(13));
        Assert.Equal((ServiceStatus.Active, "web-01"), (site.Status, site.Platform));
        Assert.NotNull((await portal.WithDbAsync(db => db.Set<DomainContact>().AsNoTracking().SingleAsync(c => c.Id == contact.Id))).SupplierHandle);

        // Each sending step recorded what it sent, once, for this order.
        var disclosures = await portal.WithDbAsync(db => db.Set<Disclosure>().AsNoTracking().Where(d => d.PersonId == personId).OrderBy(d => d.DataItems).ToListAsync());
        Assert.Equal(
            [("Openprovider", "domain name", order.Number), ("Openprovider", "first name, last name, gender, address, phone number, e-mail address", order.Number)],
            disclosures.Select(d => (d.Recipient, d.DataItems, d.Reference!)));

        var ready = await Mailbox.WaitForAsync(email, order.Lines.Single(l => l.DomainAction == DomainAction.Register).Description + " is ready");
        Assert.Contains("/profile/services/" + registered.Id, ready.TextBody, StringComparison.Ordinal);
        Assert.Contains("because you ordered this service", ready.TextBody, StringComparison.Ordinal);

        var list = await customer.GetAsync("/profile/services");
        Assert.Equal([domain, domain], list.Document.QuerySelectorAll("table.my-services tbody tr").Select(r => r.GetAttribute("data-service")!));
        var shown = await customer.GetAsync("/profile/services/" + registered.Id);
        Assert.Equal(HttpStatusCode.OK, shown.Status);
        var sent = shown.Document.QuerySelectorAll("table.sent-to-suppliers tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, sent.Count);
        Assert.All(sent, row => Assert.Contains("Openprovider", row, StringComparison.Ordinal));
        Assert.Contains(sent, row => row.Contains("first name, last name, gender, address, phone number, e-mail address", StringComparison.Ordinal));
        // In Dutch the page names the same fields and purpose in Dutch.
        var dutch = await customer.SubmitAndFollowAsync(shown, Fields(("culture", "nl")), "/language");
        var inDutch = (await customer.GetAsync("/profile/services/" + registered.Id)).Document.QuerySelectorAll("table.sent-to-suppliers tbody tr").Select(r => r.TextContent).ToList();
        Assert.True(inDutch.Any(row => row.Contains("voornaam, achternaam, geslacht, adres, telefoonnummer, e-mailadres", StringComparison.Ordinal)
            && row.Contains("Het registreren van de domeinnamen", StringComparison.Ordinal)), string.Join("\n", inDutch));
        await customer.SubmitAndFollowAsync(dutch, Fields(("culture", "en")), "/language");
        Assert.Equal("Delivered", (await customer.GetAsync("/profile/orders/" + order.Number)).Document.QuerySelector(".order-status")!.TextContent.Trim());

        var (other, _) = await People.SignedInCustomerAsync(portal);
        using var notTheirs = await other.Client.GetAsync(new Uri("/profile/services/" + registered.Id, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        Assert.Empty((await other.GetAsync("/profile/services")).Document.QuerySelectorAll("table.my-services tbody tr"));
    }

    [Fact]
    public async Task Without_a_domain_in_the_basket_checkout_asks_for_no_registrant_and_a_second_order_reuses_the_contact()
    {
        var hosting = await OrdersWorld.ProductAsync(portal, ProductKind.Hosting, 4.95m);
        var extension = await OrdersWorld.DomainExtensionAsync(portal, 7.95m);
        var (customer, email) = await People.SignedInCustomerAsync(portal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await customer.SubmitAndFollowAsync(await customer.GetAsync($"/basket/add?product={hosting.Id}"), Fields(("Input.DomainName", "voorbeeld.nl")));
        var checkout = await customer.GetAsync("/basket/checkout");
        Assert.Null(checkout.Document.QuerySelector("[name='Registrant.FirstName']"));
        await customer.SubmitAndFollowAsync(checkout, Fields());

        for (var i = 0; i < 2; i++)
        {
            var domain = $"winkel-{Guid.NewGuid():N}"[..18] + "." + extension.Tld;
            await customer.SubmitAndFollowAsync(await customer.GetAsync("/domains?name=" + domain), Fields(("domain", domain)), "/domains/add");
            var page = await customer.GetAsync("/basket/checkout");
            // This registry does not ask for gender, so neither do we.
            Assert.Empty(page.Document.QuerySelectorAll("input[name='Registrant.Gender']"));
            Assert.Contains("your order is placed", (await customer.SubmitAndFollowAsync(page, Fields(("Registrant.CompanyName", "Bakkerij Jansen")))).Text, StringComparison.Ordinal);
        }

        var contact = await portal.WithDbAsync(db => db.Set<DomainContact>().AsNoTracking().SingleAsync(c => c.CustomerId == personId));
        Assert.Equal(("Bakkerij Jansen", (RegistrantGender?)null), (contact.CompanyName, contact.Gender));
        Assert.Equal(2, await portal.WithDbAsync(db => db.Set<OrderLine>().CountAsync(l => l.DomainContactId == contact.Id)));
    }

    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
