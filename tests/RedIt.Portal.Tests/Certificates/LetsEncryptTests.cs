using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Certificates;
using RedIt.Portal.Features.Certificates.Acme;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;

namespace RedIt.Portal.Tests.Certificates;

// Let's Encrypt certificates against Pebble, Let's Encrypt's own test server, run round by round
// with the background worker off. Every request the portal sends it is read back decoded, to show
// that Let's Encrypt receives the domain and nothing of the customer (2.3).
[Trait("Policy", "2.3")]
public sealed class LetsEncryptTests : IDisposable
{
    private readonly PebblePortal _portal = new();

    [Fact]
    public async Task A_paid_order_is_issued_without_sending_anything_of_the_customer_and_the_customer_downloads_chain_and_key()
    {
        var (customer, email, form, customerId) = await LetsEncryptWorld.SignedInBusinessCustomerAsync(_portal);
        var domain = LetsEncryptWorld.Domain();
        var order = await LetsEncryptWorld.PaidOrderAsync(_portal, customerId, domain);
        // While the server would look, the challenge is answered over plain HTTP by the portal.
        var answered = new List<(string Token, HttpStatusCode Status, string? Type, string Body)>();
        _portal.BeforeChallengeAnswer = async () =>
        {
            var tokens = await _portal.WithDbAsync(db => db.Set<PendingAcmeOrder>().Where(p => p.ChallengeToken != null).Select(p => p.ChallengeToken!).ToListAsync());
            using var anonymous = _portal.CreateClient();
            foreach (var token in tokens)
            {
                using var response = await anonymous.GetAsync(new Uri($"http://localhost/.well-known/acme-challenge/{token}"));
                answered.Add((token, response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync()));
            }
        };

        Assert.Equal(OrderStatus.Completed, await OrdersWorld.RunUntilSettledAsync(_portal, order.Id));

        var service = await _portal.WithDbAsync(db => db.Set<Service>().AsNoTracking().SingleAsync(s => s.CustomerId == customerId));
        Assert.Equal((ServiceStatus.Active, domain), (service.Status, service.Name));
        var issued = await _portal.WithDbAsync(db => db.Set<IssuedCertificate>().AsNoTracking().SingleAsync(c => c.ServiceId == service.Id));
        var chain = new X509Certificate2Collection();
        chain.ImportFromPem(issued.ChainPem);
        Assert.True(chain.Count >= 2, issued.ChainPem);
        var leaf = chain[0];
        Assert.True(leaf.MatchesHostname(domain));
        Assert.Equal([domain], leaf.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single().EnumerateDnsNames());
        Assert.Equal((IssueLetsEncryptCertificateStep.Issuer, domain, leaf.NotBefore.ToUniversalTime(), leaf.NotAfter.ToUniversalTime()),
            (issued.Issuer, issued.CommonName, issued.NotBefore, issued.NotAfter));
        Assert.Equal(0, await _portal.WithDbAsync(db => db.Set<PendingAcmeOrder>().CountAsync()));
        Assert.Equal(0, await _portal.WithDbAsync(db => db.Set<Disclosure>().CountAsync(d => d.PersonId == customerId)));

        var sent = _portal.Sent.ToList();
        LetsEncryptWorld.AssertNothingPersonal(sent, LetsEncryptWorld.PersonalValues(form), domain, signingRequests: 1);
        // Pebble refuses some nonces on purpose; a request signed again for that counts once.
        var newAccount = Assert.Single(sent, s => s.Protected?["jwk"] is not null && s.Handled);
        Assert.Equal(true, (bool?)newAccount.PayloadJson!["termsOfServiceAgreed"]);
        Assert.Null(newAccount.PayloadJson!["contact"]);
        // Looked at before each answer to the challenge, also one signed again after a refused nonce.
        var (token, status, type, keyAuthorization) = Assert.Single(answered.Distinct());
        Assert.Equal((HttpStatusCode.OK, "text/plain", token + "." + Thumbprint(newAccount.Protected!["jwk"]!)), (status, type, keyAuthorization));

        // The customer sees the certificate and downloads it with its key; another customer finds neither.
        var page = await customer.GetAsync("/profile/services/" + service.Id);
        Assert.Equal("Let's Encrypt", page.Document.QuerySelector(".certificate-issuer")!.TextContent.Trim());
        Assert.Equal(issued.NotAfter.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), page.Document.QuerySelector(".certificate-not-after")!.TextContent.Trim());
        Assert.Equal(issued.ChainPem, await customer.Client.GetStringAsync(new Uri($"/profile/services/{service.Id}/certificate.pem", UriKind.Relative)));
        using var key = ECDsa.Create();
        key.ImportFromPem(await customer.Client.GetStringAsync(new Uri($"/profile/services/{service.Id}/certificate.key", UriKind.Relative)));
        Assert.Equal(leaf.GetECDsaPublicKey()!.ExportSubjectPublicKeyInfo(), key.ExportSubjectPublicKeyInfo());
        var (other, _) = await People.SignedInCustomerAsync(_portal);
        foreach (var file in new[] { "certificate.pem", "certificate.key" })
        {
            using var notTheirs = await other.Client.GetAsync(new Uri($"/profile/services/{service.Id}/{file}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        }

        // An attempt after one whose answer was lost adopts the stored certificate: no second order, no second certificate.
        await _portal.WithDbAsync(db => db.Set<ProvisioningStep>().Where(s => s.OrderId == order.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ProvisioningStepStatus.Pending).SetProperty(x => x.NextAttemptAt, DateTime.UtcNow.AddMinutes(-1))));
        var before = _portal.Sent.Count;
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ProvisioningRunner>().RunDueAsync());
        }

        Assert.DoesNotContain(_portal.Sent.Skip(before), s => s.PayloadJson?["identifiers"] is not null);
        Assert.Equal(1, await _portal.WithDbAsync(db => db.Set<IssuedCertificate>().CountAsync(c => c.ServiceId == service.Id)));
        Assert.Equal(ProvisioningStepStatus.Done, await _portal.WithDbAsync(db => db.Set<ProvisioningStep>().Where(s => s.OrderId == order.Id).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task Instances_that_need_the_account_at_the_same_moment_store_one_and_register_one_key()
    {
        var accounts = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = _portal.Services.CreateAsyncScope();
            var (key, url) = await scope.ServiceProvider.GetRequiredService<AcmeAccounts>().GetAsync(CancellationToken.None);
            using (key)
            {
                return (url, key.Thumbprint());
            }
        }));

        var stored = await _portal.WithDbAsync(db => db.Set<AcmeAccount>().AsNoTracking().SingleAsync());
        Assert.Equal(TestSettings.AcmeDirectory, stored.DirectoryUrl);
        Assert.All(accounts, a => Assert.Equal((stored.AccountUrl, accounts[0].Item2), a));
        // Whoever asked the server, asked with the one stored key, so the server has one account.
        var asked = _portal.Sent.Where(s => s.Protected?["jwk"] is not null).Select(s => Thumbprint(s.Protected!["jwk"]!)).Distinct().ToList();
        Assert.Equal([accounts[0].Item2], asked);
        Assert.All(_portal.Sent.Where(s => s.Protected?["jwk"] is not null), s => Assert.Null(s.PayloadJson!["contact"]));
    }

    [Fact]
    public async Task A_name_the_server_refuses_stops_the_step_with_the_problem_type_and_nothing_of_the_domain()
    {
        var (_, _, _, customerId) = await LetsEncryptWorld.SignedInBusinessCustomerAsync(_portal);
        // Blocked in the Pebble configuration test.sh writes.
        var order = await LetsEncryptWorld.PaidOrderAsync(_portal, customerId, "refused.redit-test.nl");

        Assert.Equal(OrderStatus.Failed, await OrdersWorld.RunUntilSettledAsync(_portal, order.Id));

        var step = await _portal.WithDbAsync(db => db.Set<ProvisioningStep>().AsNoTracking().SingleAsync(s => s.OrderId == order.Id));
        Assert.Equal((ProvisioningStepStatus.Failed, 1), (step.Status, step.Attempts));
        Assert.StartsWith("urn:ietf:params:acme:error:rejectedIdentifier", step.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("redit-test", step.LastError, StringComparison.Ordinal);
        Assert.Equal(ServiceStatus.Failed, await _portal.WithDbAsync(db => db.Set<Service>().Where(s => s.CustomerId == customerId).Select(s => s.Status).SingleAsync()));
        Assert.Equal(0, await _portal.WithDbAsync(db => db.Set<IssuedCertificate>().CountAsync(c => c.Service.CustomerId == customerId)));
        Assert.Equal(0, await _portal.WithDbAsync(db => db.Set<PendingAcmeOrder>().CountAsync()));
    }

    // RFC 7638, computed here on its own: SHA-256 over the required members in lexicographic order.
    private static string Thumbprint(JsonNode jwk)
    {
        var canonical = $$"""{"crv":"{{(string)jwk["crv"]!}}","kty":"{{(string)jwk["kty"]!}}","x":"{{(string)jwk["x"]!}}","y":"{{(string)jwk["y"]!}}"}""";
        return WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public void Dispose() => _portal.Dispose();
}
