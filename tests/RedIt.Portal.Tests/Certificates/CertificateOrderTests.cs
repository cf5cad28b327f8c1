using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Certificates;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Features.Domains;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;
using ConsentStaff = RedIt.Portal.Tests.Consent.Staff;

namespace RedIt.Portal.Tests.Certificates;

// A DV certificate from the basket to "My services" against the built-in Xolphin simulator: checkout
// asks for its applicant without a phone number, and only name, address and e-mail go out.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.3")]
public sealed class CertificateOrderTests(PortalFactory portal)
{
    [Fact]
    public async Task A_DV_certificate_is_ordered_with_an_applicant_and_no_phone_number_and_delivered_with_its_disclosure()
    {
        var product = await CertificateProductAsync(CertificateValidation.DomainValidated);
        var (customer, email) = await People.SignedInCustomerAsync(portal);
        var personId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var domain = $"bakkerij-{Guid.NewGuid():N}"[..20] + ".nl";
        await customer.SubmitAndFollowAsync(await customer.GetAsync($"/basket/add?product={product.Id}"), Fields(("Input.DomainName", domain)));

        var checkout = await customer.GetAsync("/basket/checkout");
        Assert.Contains("Applicant of the certificate", checkout.Text, StringComparison.Ordinal);
        Assert.Equal(email, checkout.Value("Registrant.Email"));
        Assert.Null(checkout.Document.QuerySelector("[name='Registrant.PhoneNumber']"));
        Assert.Empty(checkout.Document.QuerySelectorAll("input[name='Registrant.Gender']"));

        var refused = await Browserless.Page.FromAsync(await customer.SubmitAsync(checkout, Fields(("Registrant.Email", "niet-een-adres"))));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.NotNull(refused.FieldError("Registrant.Email"));
        Assert.Equal("niet-een-adres", refused.Value("Registrant.Email"));

        var placed = await customer.SubmitAndFollowAsync(refused, Fields(("Registrant.Email", email), ("Registrant.PhoneNumber", "020-7654321")));
        Assert.Contains("your order is placed", placed.Text, StringComparison.Ordinal);
        var order = await portal.WithDbAsync(db => db.Set<Order>().AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.CustomerId == personId));
        var applicant = await portal.WithDbAsync(db => db.Set<DomainContact>().AsNoTracking().SingleAsync(c => c.Id == order.Lines.Single().DomainContactId));
        // A phone number slipped into the form is not kept for a certificate's applicant.
        Assert.Equal(("", email), (applicant.PhoneNumber, applicant.Email));

        var (finance, _) = await ConsentStaff.SignedInAsync(portal, PortalRoles.Finance);
        await finance.SubmitAndFollowAsync(await finance.GetAsync($"/staff/orders/{order.Number}/mark-paid"), Fields());
        Assert.Equal(OrderStatus.Completed, await OrdersWorld.DeliveredAsync(portal, order.Id));

        var service = await portal.WithDbAsync(db => db.Set<Service>().AsNoTracking().SingleAsync(s => s.CustomerId == personId));
        Assert.Equal(ServiceStatus.Active, service.Status);
        var certificate = await portal.WithDbAsync(db => db.Set<IssuedCertificate>().AsNoTracking().SingleAsync(c => c.ServiceId == service.Id));
        Assert.Equal(domain, certificate.CommonName);
        Assert.Contains("Simulated", certificate.Issuer, StringComparison.Ordinal);
        var disclosure = await portal.WithDbAsync(db => db.Set<Disclosure>().AsNoTracking().SingleAsync(d => d.PersonId == personId));
        Assert.Equal(("Xolphin", "first name, last name, address, e-mail address"), (disclosure.Recipient, disclosure.DataItems));

        var shown = await customer.GetAsync("/profile/services/" + service.Id);
        Assert.Contains("Xolphin", shown.Document.QuerySelector("table.sent-to-suppliers")!.TextContent, StringComparison.Ordinal);
        using var key = await customer.Client.GetAsync(new Uri($"/profile/services/{service.Id}/certificate.key", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, key.StatusCode);
        Assert.Contains("PRIVATE KEY", await key.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Lets_Encrypt_certificate_alone_asks_for_nobody_at_checkout()
    {
        var product = await CertificateProductAsync(CertificateValidation.LetsEncrypt);
        var (customer, _) = await People.SignedInCustomerAsync(portal);
        await customer.SubmitAndFollowAsync(await customer.GetAsync($"/basket/add?product={product.Id}"), Fields(("Input.DomainName", "voorbeeld.nl")));

        var checkout = await customer.GetAsync("/basket/checkout");

        Assert.Null(checkout.Document.QuerySelector("[name='Registrant.FirstName']"));
    }

    private async Task<Product> CertificateProductAsync(CertificateValidation validation)
    {
        var product = await OrdersWorld.ProductAsync(portal, ProductKind.SslCertificate, 29m);
        await portal.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == product.Id)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.Validation, validation).SetProperty(x => x.PeriodMonths, 12)));
        return product;
    }

    private static Dictionary<string, string> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
