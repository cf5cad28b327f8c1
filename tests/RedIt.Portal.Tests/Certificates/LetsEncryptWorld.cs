using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;

namespace RedIt.Portal.Tests.Certificates;

internal static class LetsEncryptWorld
{
    // A business customer whose every detail is unusual, so none of it can turn up by chance.
    public static Dictionary<string, string> BusinessCustomer(string email)
    {
        var form = People.PrivateCustomer(email);
        form["Kind"] = "Business";
        form["FirstName"] = "Wilhelmina";
        form["LastName"] = "Oosterhuis";
        form["CompanyName"] = "Bloemkwekerij Oosterhuis B.V.";
        form["KvkNumber"] = "87654321";
        form["VatNumber"] = "nl 1234.56.789 b01";
        form["PhoneNumber"] = "020-7654321";
        form["Address.Street"] = "Keizersgracht";
        form["Address.HouseNumber"] = "587";
        form["Address.PostalCode"] = "1017dr";
        form["Address.City"] = "Zaandijk";
        return form;
    }

    // What of the customer must never reach the ACME server.
    public static string[] PersonalValues(Dictionary<string, string> form) =>
        [form["Email"], form["FirstName"], form["LastName"], "Bloemkwekerij", "87654321", "123456789", "7654321", form["Address.Street"], form["Address.City"], "1017"];

    public static async Task<(Browserless Browser, string Email, Dictionary<string, string> Form, Guid CustomerId)> SignedInBusinessCustomerAsync(PortalFactory portal)
    {
        var browser = new Browserless(portal.CreateClient());
        var email = People.NewEmail();
        var form = BusinessCustomer(email);
        await People.RegisterAsync(browser, form);
        await People.ConfirmAsync(browser, email);
        await People.LoginAsync(browser, email);
        var customerId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        return (browser, email, form, customerId);
    }

    public static string Domain() => $"bloemen-{Guid.NewGuid():N}"[..20] + ".redit-test.nl";

    // The customer's paid order for a Let's Encrypt certificate for the domain, its step planned.
    public static async Task<Order> PaidOrderAsync(PortalFactory portal, Guid customerId, string domain)
    {
        var product = await OrdersWorld.ProductAsync(portal, ProductKind.SslCertificate, 0m);
        await portal.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == product.Id)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.Validation, CertificateValidation.LetsEncrypt).SetProperty(x => x.PeriodMonths, 12)));
        var now = DateTime.UtcNow;
        var order = new Order { Id = Guid.NewGuid(), Number = $"ORD-1996-{Guid.NewGuid():N}"[..20], CustomerId = customerId, Status = OrderStatus.Paid, PlacedAt = now, PaidAt = now };
        order.Lines.Add(new OrderLine
        {
            Id = Guid.NewGuid(), OrderId = order.Id, ProductId = product.Id, ProductKind = ProductKind.SslCertificate, Description = "Let's Encrypt certificate for " + domain,
            Quantity = 1, PeriodMonths = 12, DomainName = domain,
        });
        await portal.WithDbAsync(db =>
        {
            db.Add(order);
            return db.SaveChangesAsync();
        });
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProvisioningPlan>().StartAsync(order.Id, now);
        return order;
    }

    // No URL, header or payload names the customer; each CSR names the domain and nothing else, and
    // the server accepted as many as were meant;
    // every request is signed as RFC 8555 asks.
    public static void AssertNothingPersonal(List<SentToAcme> sent, string[] personal, string domain, int signingRequests)
    {
        Assert.NotEmpty(sent);
        foreach (var request in sent)
        {
            var text = request.Url + "\n" + request.Protected?.ToJsonString() + "\n" + request.Payload;
            foreach (var value in personal)
            {
                Assert.False(text.Contains(value, StringComparison.OrdinalIgnoreCase), $"{value} was sent in {request.Method} {request.Url}");
            }

            if (request.Method == "POST")
            {
                var header = request.Protected!;
                Assert.Equal(("ES256", request.Url), ((string?)header["alg"], (string?)header["url"]));
                Assert.False(string.IsNullOrEmpty((string?)header["nonce"]));
                Assert.True(header["jwk"] is null != (header["kid"] is null), header.ToJsonString());
            }
        }

        var csrs = sent.Where(s => s.PayloadJson?["csr"] is not null).ToList();
        Assert.Equal(signingRequests, csrs.Count(s => s.Accepted));
        foreach (var csr in csrs)
        {
            var der = WebEncoders.Base64UrlDecode((string)csr.PayloadJson!["csr"]!);
            var signing = CertificateRequest.LoadSigningRequest(der, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.UnsafeLoadCertificateExtensions);
            Assert.Equal("CN=" + domain, signing.SubjectName.Name);
            var extension = Assert.Single(signing.CertificateExtensions);
            Assert.Equal([domain], Assert.IsType<X509SubjectAlternativeNameExtension>(extension).EnumerateDnsNames());
            Assert.Empty(signing.OtherRequestAttributes);
            foreach (var value in personal)
            {
                Assert.DoesNotContain(value, Encoding.Latin1.GetString(der), StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
