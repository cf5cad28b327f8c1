using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Certificates;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Features.Domains;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RedIt.Portal.Tests.Certificates;

// DV and OV certificates against a local server that answers as Xolphin does: the applicant's
// name, address and e-mail address go once, and nothing else of the customer goes at all.
[Trait("Policy", "2.3")]
public sealed partial class CertificateSupplierTests : IDisposable
{
    private readonly WireMockServer _api = WireMockServer.Start();
    private readonly PortalFactory _portal;

    public CertificateSupplierTests()
    {
        _portal = new PortalFactory()
            .With("Xolphin:Simulate", "false")
            .With("Xolphin:BaseUrl", _api.Url + "/v1")
            .With("Xolphin:Username", "redit")
            .With("Xolphin:Password", "secret")
            .With("Xolphin:OrganisationValidatedProduct", "24")
            .With("Provisioning:WorkerEnabled", "false");
    }

    [Fact]
    public async Task A_business_OV_order_sends_the_company_address_and_e_mail_only_and_the_certificate_arrives_after_validation()
    {
        var (order, customerId, domain) = await PaidOrderAsync(CertificateValidation.OrganisationValidated, company: "Bloemkwekerij Oosterhuis B.V.");
        _api.Given(Request.Create().WithPath("/v1/requests").UsingPost()).RespondWith(Json(200, """{"id":960112,"domainName":"x","years":1}"""));
        _api.Given(Request.Create().WithPath("/v1/requests/960112").UsingGet()).InScenario("validation").WillSetStateTo("validated")
            .RespondWith(Json(200, """{"id":960112,"validations":{"organization":{"status":false}}}"""));
        _api.Given(Request.Create().WithPath("/v1/requests/960112").UsingGet()).InScenario("validation").WhenStateIs("validated")
            .RespondWith(Json(200, """{"id":960112,"_embedded":{"certificate":{"id":771234}}}"""));
        var (leaf, bundle) = Issued(domain);
        _api.Given(Request.Create().WithPath("/v1/certificates/771234/download").WithParam("format", "CRT").UsingGet()).RespondWith(Response.Create().WithBody(leaf));
        _api.Given(Request.Create().WithPath("/v1/certificates/771234/download").WithParam("format", "CA_BUNDLE").UsingGet()).RespondWith(Response.Create().WithBody(bundle));

        await OrdersWorld.RoundAsync(_portal);
        Assert.Equal(ProvisioningStepStatus.WaitingForSupplier, (await StepAsync(order.Id)).Status);
        await OrdersWorld.RoundAsync(_portal);

        Assert.Equal(OrderStatus.Completed, await _portal.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync()));
        var sent = Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == "/v1/requests" && e.RequestMessage.Method == "POST");
        var fields = Fields(sent.RequestMessage.Body!);
        Assert.Equal(["address", "approverEmail", "city", "company", "country", "csr", "dcvType", "product", "reference", "years", "zipcode"], fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("24", "1", "Bloemkwekerij Oosterhuis B.V.", "Keizersgracht 587", "1017 DR", "Zaandijk", "NL", "FILE"),
            (fields["product"], fields["years"], fields["company"], fields["address"], fields["zipcode"], fields["city"], fields["country"], fields["dcvType"]));
        Assert.Equal(await EmailAsync(customerId), fields["approverEmail"]);
        // The signing request names the domain and nothing of the customer.
        var csr = CertificateRequest.LoadSigningRequestPem(fields["csr"], HashAlgorithmName.SHA256, CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions);
        Assert.Equal("CN=" + domain, csr.SubjectName.Name);
        // No phone number reaches the supplier in any request.
        Assert.All(_api.LogEntries, e => Assert.DoesNotContain("7654321", e.RequestMessage.Body ?? "", StringComparison.Ordinal));

        var certificate = await _portal.WithDbAsync(db => db.Set<IssuedCertificate>().AsNoTracking().SingleAsync(c => c.Service.CustomerId == customerId));
        Assert.Equal(domain, certificate.CommonName);
        Assert.StartsWith(leaf.Trim(), certificate.ChainPem, StringComparison.Ordinal);
        // The key kept for the customer is the one whose public half the signing request carried.
        var keys = _portal.Services.GetRequiredService<CertificatePrivateKeys>();
        using var kept = ECDsa.Create();
        kept.ImportFromPem(keys.Unprotect(certificate.ProtectedPrivateKey!));
        Assert.Equal(csr.PublicKey.EncodedKeyValue.RawData, kept.ExportSubjectPublicKeyInfo()[^65..]);
        Assert.Null((await StepAsync(order.Id)).ProtectedSecret);
        var service = await _portal.WithDbAsync(db => db.Set<Service>().AsNoTracking().SingleAsync(s => s.CustomerId == customerId));
        Assert.Equal((ServiceStatus.Active, "771234"), (service.Status, service.SupplierReference));
        var disclosure = await _portal.WithDbAsync(db => db.Set<Disclosure>().AsNoTracking().SingleAsync(d => d.PersonId == customerId));
        Assert.Equal(("Xolphin", "company name, address, e-mail address", order.Number), (disclosure.Recipient, disclosure.DataItems, disclosure.Reference!));
    }

    [Fact]
    public async Task A_private_DV_order_sends_first_and_last_name_and_a_lost_answer_is_found_by_its_reference_not_sent_twice()
    {
        var (order, customerId, domain) = await PaidOrderAsync(CertificateValidation.DomainValidated, company: null);
        var step = await StepAsync(order.Id);
        _api.Given(Request.Create().WithPath("/v1/requests").UsingPost()).RespondWith(Json(502, "Bad gateway"));
        _api.Given(Request.Create().WithPath("/v1/requests").UsingGet())
            .RespondWith(Json(200, $$$"""{"page":1,"pages":1,"_embedded":{"requests":[{"id":960113,"reference":"{{{step.IdempotencyKey}}}"}]}}"""));
        _api.Given(Request.Create().WithPath("/v1/requests/960113").UsingGet()).RespondWith(Json(200, """{"id":960113,"_embedded":{"certificate":{"id":771235}}}"""));
        var (leaf, bundle) = Issued(domain);
        _api.Given(Request.Create().WithPath("/v1/certificates/771235/download").WithParam("format", "CRT").UsingGet()).RespondWith(Response.Create().WithBody(leaf));
        _api.Given(Request.Create().WithPath("/v1/certificates/771235/download").WithParam("format", "CA_BUNDLE").UsingGet()).RespondWith(Response.Create().WithBody(bundle));

        await OrdersWorld.RoundAsync(_portal);
        var retried = await StepAsync(order.Id);
        Assert.Equal((ProvisioningStepStatus.Pending, 1), (retried.Status, retried.Attempts));
        await OrdersWorld.RoundAsync(_portal);

        Assert.Equal(OrderStatus.Completed, await _portal.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync()));
        var sent = Assert.Single(_api.LogEntries, e => e.RequestMessage.Path == "/v1/requests" && e.RequestMessage.Method == "POST");
        var fields = Fields(sent.RequestMessage.Body!);
        Assert.Equal(("18", "Jan", "Jansen"), (fields["product"], fields["approverFirstName"], fields["approverLastName"]));
        Assert.False(fields.ContainsKey("company"));
        var disclosed = await _portal.WithDbAsync(db => db.Set<Disclosure>().AsNoTracking().Where(d => d.PersonId == customerId).Select(d => d.DataItems).ToListAsync());
        Assert.Equal(["first name, last name, address, e-mail address"], disclosed);
    }

    [Fact]
    public async Task A_refused_request_stops_the_step_for_staff_with_the_status_and_no_personal_data_in_the_reason()
    {
        var (order, _, _) = await PaidOrderAsync(CertificateValidation.DomainValidated, company: null);
        _api.Given(Request.Create().WithPath("/v1/requests").UsingPost()).RespondWith(Json(400, """{"message":"approverEmail jan@example.nl is not allowed"}"""));

        await OrdersWorld.RoundAsync(_portal);

        var step = await StepAsync(order.Id);
        Assert.Equal(ProvisioningStepStatus.Failed, step.Status);
        Assert.Contains("400", step.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("@", step.LastError, StringComparison.Ordinal);
        Assert.Equal(OrderStatus.Failed, await _portal.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync()));
    }

    // A customer's paid certificate order with its applicant, business when a company is given.
    private async Task<(Order Order, Guid CustomerId, string Domain)> PaidOrderAsync(CertificateValidation validation, string? company)
    {
        var product = await OrdersWorld.ProductAsync(_portal, ProductKind.SslCertificate, 29m);
        await _portal.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == product.Id)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.Validation, validation).SetProperty(x => x.PeriodMonths, 12)));
        var (_, email) = await People.SignedInCustomerAsync(_portal);
        var customerId = await _portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var domain = $"bloemen-{Guid.NewGuid():N}"[..20] + ".nl";
        var now = DateTime.UtcNow;
        var applicant = new DomainContact
        {
            Id = Guid.NewGuid(), CustomerId = customerId, FirstName = "Jan", LastName = "Jansen", CompanyName = company, Street = "Keizersgracht", HouseNumber = "587",
            PostalCode = "1017 DR", City = "Zaandijk", CountryCode = "NL", PhoneNumber = "+31207654321", Email = email, CreatedAt = now,
        };
        var order = new Order { Id = Guid.NewGuid(), Number = $"ORD-1995-{Guid.NewGuid():N}"[..20], CustomerId = customerId, Status = OrderStatus.Paid, PlacedAt = now, PaidAt = now, TotalExclVat = 29m, Culture = "en" };
        order.Lines.Add(new OrderLine
        {
            Id = Guid.NewGuid(), OrderId = order.Id, ProductId = product.Id, ProductKind = ProductKind.SslCertificate, Description = "Certificate for " + domain,
            Quantity = 1, PeriodMonths = 12, UnitPriceExclVat = 29m, TotalExclVat = 29m, DomainName = domain, DomainContactId = applicant.Id,
        });
        await _portal.WithDbAsync(db =>
        {
            db.AddRange(applicant, order);
            return db.SaveChangesAsync();
        });
        await using var scope = _portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProvisioningPlan>().StartAsync(order.Id, now);
        return (order, customerId, domain);
    }

    // What an authority sends back: a leaf for the domain and the intermediate that signed it.
    private static (string Leaf, string Bundle) Issued(string domain)
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=Test Intermediate CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
        using var leafKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var leaf = new CertificateRequest("CN=" + domain, leafKey, HashAlgorithmName.SHA256).Create(ca, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddYears(1), [1, 2, 3, 4]);
        return (leaf.ExportCertificatePem(), ca.ExportCertificatePem());
    }


    private Task<ProvisioningStep> StepAsync(Guid orderId) =>
        _portal.WithDbAsync(db => db.Set<ProvisioningStep>().AsNoTracking().SingleAsync(s => s.OrderId == orderId && s.Kind == ProvisioningStepKind.OrderCertificate));

    private Task<string> EmailAsync(Guid customerId) =>
        _portal.WithDbAsync(db => db.Users.Where(u => u.Id == customerId).Select(u => u.Email!).SingleAsync());

    // The form fields of a multipart body, by name.
    private static Dictionary<string, string> Fields(string body) =>
        FieldPattern().Matches(body).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'), StringComparer.Ordinal);

    [GeneratedRegex("name=\"?([A-Za-z]+)\"?\r\n(?:[^\r\n]+\r\n)*\r\n(.*?)\r\n--", RegexOptions.Singleline)]
    private static partial Regex FieldPattern();

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    public void Dispose()
    {
        _portal.Dispose();
        _api.Stop();
        _api.Dispose();
    }
}
