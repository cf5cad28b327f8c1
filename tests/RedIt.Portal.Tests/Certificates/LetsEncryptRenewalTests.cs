using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
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

// Renewal of Let's Encrypt certificates against Pebble, with the portal's clock moved to a
// certificate's last weeks. The renewal job and the provisioning runner are called here, as each
// instance's background work would call them, twice and at once. Pebble validates slowly on a busy
// machine, so one test issues twice (the certificate and its renewal) and the other only asks.
[Trait("Policy", "2.3")]
public sealed class LetsEncryptRenewalTests : IDisposable
{
    private readonly PebblePortal _portal = new();

    [Fact]
    public async Task A_certificate_in_its_last_month_is_renewed_once_with_a_new_key_and_without_sending_anything_of_the_customer()
    {
        var (_, email, form, customerId) = await LetsEncryptWorld.SignedInBusinessCustomerAsync(_portal);
        var domain = LetsEncryptWorld.Domain();
        var order = await LetsEncryptWorld.PaidOrderAsync(_portal, customerId, domain);
        Assert.Equal(OrderStatus.Completed, await OrdersWorld.RunUntilSettledAsync(_portal, order.Id));
        var service = await _portal.WithDbAsync(db => db.Set<Service>().AsNoTracking().SingleAsync(s => s.CustomerId == customerId));
        var first = await CertificateAsync(service.Id);
        var issuedOnce = _portal.Sent.Count;

        // A day before the window opens (30 days before expiry) nothing is queued and nothing is asked.
        _portal.Clock.MoveTo(first.NotAfter.AddDays(-31));
        Assert.Equal(0, await QueueAsync());
        Assert.Equal(0, await RunAsync());
        Assert.Equal(issuedOnce, _portal.Sent.Count);

        // Inside it, three instances look at once and again later: one renewal is queued, on the order
        // that delivered the certificate, after its done step.
        _portal.Clock.MoveTo(first.NotAfter.AddDays(-29));
        var queued = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(QueueAsync)));
        Assert.Equal(1, queued.Sum());
        Assert.Equal(0, await QueueAsync());
        var renewal = await _portal.WithDbAsync(db => db.Set<ProvisioningStep>().AsNoTracking()
            .SingleAsync(s => s.ServiceId == service.Id && s.Status != ProvisioningStepStatus.Done));
        Assert.Equal((order.Id, ProvisioningStepKind.IssueLetsEncryptCertificate, 1, LetsEncryptRenewals.StepKey(first.Id)),
            (renewal.OrderId, renewal.Kind, renewal.Sequence, renewal.IdempotencyKey));

        // The first attempt loses its connection as it sends the signing request (Pebble may reuse the
        // domain's authorization, as Let's Encrypt does, so a challenge is not always asked); until the
        // new certificate is stored, the old one is the service's.
        var servedWhileRenewing = new List<string>();
        var dropped = 0;
        _portal.BeforeSend = async request =>
        {
            if (request.PayloadJson?["csr"] is null)
            {
                return;
            }

            servedWhileRenewing.Add(await _portal.WithDbAsync(db => db.Set<IssuedCertificate>().Where(c => c.ServiceId == service.Id).Select(c => c.ChainPem).SingleAsync()));
            if (Interlocked.Increment(ref dropped) == 1)
            {
                throw new HttpRequestException("The connection dropped.");
            }
        };
        var ran = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(RunAsync)));
        Assert.Equal(1, ran.Sum());
        var retried = await _portal.WithDbAsync(db => db.Set<ProvisioningStep>().AsNoTracking().SingleAsync(s => s.Id == renewal.Id));
        Assert.Equal((ProvisioningStepStatus.Pending, 1), (retried.Status, retried.Attempts));
        Assert.Equal(_portal.Clock.GetUtcNow().UtcDateTime + ProvisioningRunner.Backoff(1), retried.NextAttemptAt, TimeSpan.FromSeconds(30));
        Assert.Equal(first.Id, (await CertificateAsync(service.Id)).Id);
        Assert.Equal(0, await RunAsync());

        // After the back-off the same ACME order is carried on: the CA got one order for the renewal.
        _portal.Clock.MoveTo(_portal.Clock.GetUtcNow().UtcDateTime + ProvisioningRunner.Backoff(1) + TimeSpan.FromSeconds(1));
        var ran2 = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(RunAsync)));
        Assert.Equal(1, ran2.Sum());
        Assert.Equal(0, await RunAsync());

        var renewed = await CertificateAsync(service.Id);
        Assert.True(servedWhileRenewing.Count >= 2, servedWhileRenewing.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(servedWhileRenewing, served => Assert.Equal(first.ChainPem, served));
        using var oldLeaf = X509Certificate2.CreateFromPem(first.ChainPem);
        using var newLeaf = X509Certificate2.CreateFromPem(renewed.ChainPem);
        Assert.NotEqual(oldLeaf.SerialNumber, newLeaf.SerialNumber);
        Assert.True(newLeaf.MatchesHostname(domain));
        Assert.Equal((IssueLetsEncryptCertificateStep.Issuer, domain, newLeaf.NotAfter.ToUniversalTime()), (renewed.Issuer, renewed.CommonName, renewed.NotAfter));
        Assert.True(renewed.NotAfter >= first.NotAfter, $"{first.NotAfter:o} {renewed.NotAfter:o}");
        var (oldKey, newKey) = _portal.WithScope(services =>
        {
            var keys = services.GetRequiredService<CertificatePrivateKeys>();
            return (keys.Unprotect(first.ProtectedPrivateKey!), keys.Unprotect(renewed.ProtectedPrivateKey!));
        });
        Assert.NotEqual(oldKey, newKey);
        using var key = ECDsa.Create();
        key.ImportFromPem(newKey);
        Assert.Equal(newLeaf.GetECDsaPublicKey()!.ExportSubjectPublicKeyInfo(), key.ExportSubjectPublicKeyInfo());
        Assert.NotEqual(oldLeaf.GetECDsaPublicKey()!.ExportSubjectPublicKeyInfo(), key.ExportSubjectPublicKeyInfo());

        var done = await _portal.WithDbAsync(db => db.Set<ProvisioningStep>().AsNoTracking().SingleAsync(s => s.Id == renewal.Id));
        Assert.Equal((ProvisioningStepStatus.Done, newLeaf.SerialNumber), (done.Status, done.SupplierReference));
        var after = await _portal.WithDbAsync(db => db.Set<Service>().AsNoTracking().SingleAsync(s => s.Id == service.Id));
        Assert.Equal((ServiceStatus.Active, newLeaf.SerialNumber, service.RenewsOn), (after.Status, after.SupplierReference, after.RenewsOn));
        Assert.Equal(OrderStatus.Completed, await _portal.WithDbAsync(db => db.Set<Order>().Where(o => o.Id == order.Id).Select(o => o.Status).SingleAsync()));
        Assert.Equal(0, await _portal.WithDbAsync(db => db.Set<PendingAcmeOrder>().CountAsync()));

        // What the CA received: one more order, no other account, the domain and nothing of the customer; no disclosure.
        var sent = _portal.Sent.ToList();
        Assert.Single(sent.Skip(issuedOnce), s => s.PayloadJson?["identifiers"] is not null && s.Accepted);
        Assert.DoesNotContain(sent.Skip(issuedOnce), s => s.Protected?["jwk"] is not null);
        LetsEncryptWorld.AssertNothingPersonal(sent, LetsEncryptWorld.PersonalValues(form), domain, signingRequests: 2);
        Assert.Equal(0, await _portal.WithDbAsync(db => db.Set<Disclosure>().CountAsync(d => d.PersonId == customerId)));

        // The customer is told in the order's language (Dutch), because the key changed, and why they get the mail.
        var mail = await Mailbox.WaitForAsync(email, domain + ": certificaat vernieuwd");
        Assert.Contains("nieuwe privésleutel", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/profile/services/" + service.Id, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Je ontvangt deze mail omdat je deze dienst hebt besteld.", mail.TextBody, StringComparison.Ordinal);

        // The renewed certificate is left alone until its own window opens.
        _portal.Clock.MoveTo(renewed.NotAfter.AddDays(-31));
        Assert.Equal(0, await QueueAsync());
    }

    [Fact]
    public async Task A_renewal_the_CA_refuses_stops_for_staff_and_the_certificate_in_use_stays()
    {
        var (_, email, _, customerId) = await LetsEncryptWorld.SignedInBusinessCustomerAsync(_portal);
        // Blocked in the Pebble configuration test.sh writes: the CA refuses the order at once.
        const string domain = "refused.redit-test.nl";
        var order = await LetsEncryptWorld.PaidOrderAsync(_portal, customerId, domain);
        var serviceId = await _portal.WithDbAsync(db => db.Set<Service>().Where(s => s.CustomerId == customerId).Select(s => s.Id).SingleAsync());
        // Delivered a while ago, before the name was blocked; ten days left.
        var current = await InUseAsync(order.Id, serviceId, domain, DateTime.UtcNow.AddDays(10));

        Assert.Equal(1, await QueueAsync());
        Assert.Equal(OrderStatus.Failed, await OrdersWorld.RunUntilSettledAsync(_portal, order.Id));

        var step = await _portal.WithDbAsync(db => db.Set<ProvisioningStep>().AsNoTracking().SingleAsync(s => s.IdempotencyKey == LetsEncryptRenewals.StepKey(current.Id)));
        Assert.Equal((ProvisioningStepStatus.Failed, 1), (step.Status, step.Attempts));
        Assert.StartsWith("urn:ietf:params:acme:error:rejectedIdentifier", step.LastError, StringComparison.Ordinal);
        Assert.Equal(ServiceStatus.Active, await _portal.WithDbAsync(db => db.Set<Service>().Where(s => s.Id == serviceId).Select(s => s.Status).SingleAsync()));
        Assert.Equal(current.ChainPem, (await CertificateAsync(serviceId)).ChainPem);
        Assert.Equal(0, await _portal.WithDbAsync(db => db.Set<PendingAcmeOrder>().CountAsync()));
        // While it waits for staff, no second renewal is queued beside it.
        Assert.Equal(0, await QueueAsync());
        Assert.Single(_portal.Sent, s => s.PayloadJson?["identifiers"] is not null && s.Handled);
        Assert.DoesNotContain(_portal.Sent, s => s.PayloadJson?["csr"] is not null);
        await Outbox.AssertNoMailAsync(_portal, email, "certificaat vernieuwd");

        // Staff find it on the order as any stopped step, with the CA's problem and a way to try again.
        var support = await People.SignedInStaffAsync(_portal, Portal.Features.Accounts.PortalRoles.Support);
        var page = await support.GetAsync("/staff/orders/" + order.Number);
        var rows = page.Document.QuerySelectorAll("tr[data-step='IssueLetsEncryptCertificate']").Select(r => r.GetAttribute("data-status")).ToList();
        Assert.Equal(["Done", "Failed"], rows);
        Assert.Contains("rejectedIdentifier", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"form[action='/staff/orders/{order.Number}/steps/{step.Id}/retry']"));
    }

    // The step done and the certificate stored, as the first issuance leaves them.
    private async Task<IssuedCertificate> InUseAsync(Guid orderId, Guid serviceId, string domain, DateTime notAfter)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + domain, key, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(notAfter.AddDays(-80), notAfter);
        var protectedKey = _portal.WithScope(services => services.GetRequiredService<CertificatePrivateKeys>().Protect(key.ExportPkcs8PrivateKeyPem()));
        var now = DateTime.UtcNow.AddDays(-80);
        var issued = new IssuedCertificate
        {
            Id = Guid.NewGuid(), ServiceId = serviceId, CommonName = domain, Issuer = IssueLetsEncryptCertificateStep.Issuer, ChainPem = certificate.ExportCertificatePem(),
            ProtectedPrivateKey = protectedKey, NotBefore = certificate.NotBefore.ToUniversalTime(), NotAfter = certificate.NotAfter.ToUniversalTime(), IssuedAt = now,
        };
        await _portal.WithDbAsync(async db =>
        {
            await db.Set<ProvisioningStep>().Where(s => s.OrderId == orderId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ProvisioningStepStatus.Done).SetProperty(x => x.CompletedAt, now).SetProperty(x => x.CreatedAt, now));
            await db.Set<Order>().Where(o => o.Id == orderId)
                .ExecuteUpdateAsync(o => o.SetProperty(x => x.Status, OrderStatus.Completed).SetProperty(x => x.CompletedAt, now));
            await db.Set<Service>().Where(s => s.Id == serviceId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ServiceStatus.Active).SetProperty(x => x.ActivatedAt, now));
            db.Add(issued);
            return await db.SaveChangesAsync();
        });
        return issued;
    }

    private Task<IssuedCertificate> CertificateAsync(Guid serviceId) =>
        _portal.WithDbAsync(db => db.Set<IssuedCertificate>().AsNoTracking().SingleAsync(c => c.ServiceId == serviceId));

    // What the daily job does on one instance.
    private async Task<int> QueueAsync()
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LetsEncryptRenewals>().QueueDueAsync();
    }

    // What the provisioning worker does on one instance.
    private async Task<int> RunAsync()
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProvisioningRunner>().RunDueAsync();
    }

    public void Dispose() => _portal.Dispose();
}
