using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Certificates;
using RedIt.Portal.Features.Certificates.Acme;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;

namespace RedIt.Portal.Tests.Certificates;

// What a newcomer gets without internet (the built-in ACME simulator, the Development default and
// the setting of every other test), delivered by the provisioning worker; and the http-01 answer.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.3")]
public sealed class LetsEncryptSimulatorTests(PortalFactory portal)
{
    [Fact]
    public async Task The_simulator_issues_a_certificate_that_says_it_is_not_trusted_and_refuses_a_name_as_Lets_Encrypt_would()
    {
        var (customer, _, _, customerId) = await LetsEncryptWorld.SignedInBusinessCustomerAsync(portal);
        var domain = LetsEncryptWorld.Domain();
        var order = await LetsEncryptWorld.PaidOrderAsync(portal, customerId, domain);
        var refused = await LetsEncryptWorld.PaidOrderAsync(portal, customerId, "refused." + domain);

        Assert.Equal(OrderStatus.Completed, await OrdersWorld.DeliveredAsync(portal, order.Id));
        Assert.Equal(OrderStatus.Failed, await OrdersWorld.DeliveredAsync(portal, refused.Id));

        var service = await portal.WithDbAsync(db => db.Set<Service>().AsNoTracking().SingleAsync(s => s.CustomerId == customerId && s.Name == domain));
        Assert.Equal(ServiceStatus.Active, service.Status);
        var issued = await portal.WithDbAsync(db => db.Set<IssuedCertificate>().AsNoTracking().SingleAsync(c => c.ServiceId == service.Id));
        using var leaf = X509Certificate2.CreateFromPem(issued.ChainPem);
        Assert.True(leaf.MatchesHostname(domain));
        Assert.Contains("not trusted", leaf.Issuer, StringComparison.Ordinal);
        Assert.Equal(ServiceStatus.Failed, await portal.WithDbAsync(db => db.Set<Service>().Where(s => s.CustomerId == customerId && s.Name != domain).Select(s => s.Status).SingleAsync()));

        var page = await customer.GetAsync("/profile/services/" + service.Id);
        Assert.Equal("Let's Encrypt", page.Document.QuerySelector(".certificate-issuer")!.TextContent.Trim());
        Assert.NotNull(page.Document.QuerySelector($"a.certificate-key[href='/profile/services/{service.Id}/certificate.key']"));
        // Nothing was sent about the customer, and the page says so.
        Assert.Contains("without sending your personal data to anyone else", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_challenge_is_answered_to_anyone_over_plain_HTTP_and_an_unknown_token_is_not_found()
    {
        var product = await OrdersWorld.ProductAsync(portal, ProductKind.SslCertificate, 0m);
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var token = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await portal.WithDbAsync(async db =>
        {
            var customerId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var service = new Service
            {
                Id = Guid.NewGuid(), CustomerId = customerId, ProductId = product.Id, Kind = ProductKind.SslCertificate, Name = LetsEncryptWorld.Domain(),
                Status = ServiceStatus.Pending, CreatedAt = DateTime.UtcNow,
            };
            db.AddRange(service, new PendingAcmeOrder
            {
                Id = Guid.NewGuid(), ServiceId = service.Id, DirectoryUrl = "https://acme.test/directory", OrderUrl = "https://acme.test/order/1",
                ProtectedCertificateKey = "x", ChallengeToken = token, KeyAuthorization = token + ".thumbprint", CreatedAt = DateTime.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        using var anonymous = portal.CreateClient();

        using var answer = await anonymous.GetAsync(new Uri($"http://localhost/.well-known/acme-challenge/{token}"));
        Assert.Equal((HttpStatusCode.OK, "text/plain"), (answer.StatusCode, answer.Content.Headers.ContentType?.MediaType));
        Assert.Equal(token + ".thumbprint", await answer.Content.ReadAsStringAsync());
        foreach (var unknown in new[] { "unknown-token", token + "x", "not%20a%20token" })
        {
            using var missing = await anonymous.GetAsync(new Uri($"http://localhost/.well-known/acme-challenge/{unknown}"));
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
    }
}
