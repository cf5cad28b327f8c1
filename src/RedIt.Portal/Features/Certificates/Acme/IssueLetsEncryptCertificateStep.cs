using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Features.Services;

namespace RedIt.Portal.Features.Certificates.Acme;

// Gets the service's Let's Encrypt certificate. Nothing personal is sent (no contact, a CSR with
// only the domain), so there is no disclosure (2.3). A server that is down or busy gets the step
// again later; a refusal (a rejected name, a failed validation) stops it with the problem type,
// never the server's text, which can name the domain. A certificate stored by an attempt whose
// step was not marked done is adopted; a later one replaces the earlier, so a service has one.
// A renewal (LetsEncryptRenewals) is this step again, with a new order and a new key: the earlier
// certificate is served until its successor is stored, and the customer is told of the new key.
public sealed class IssueLetsEncryptCertificateStep(PortalDbContext db, AcmeIssuance acme, ServiceMails mails, TimeProvider clock, IOptions<ProvisioningOptions> provisioning)
    : IProvisioningStepHandler
{
    public const string Issuer = "Let's Encrypt";

    public ProvisioningStepKind Kind => ProvisioningStepKind.IssueLetsEncryptCertificate;

    public Task<PlannedDisclosure?> DisclosureAsync(StepRun run, CancellationToken cancellationToken) => Task.FromResult<PlannedDisclosure?>(null);

    public async Task<StepOutcome> RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Service is not { } service || (run.Line?.DomainName ?? service.Name) is not { Length: > 0 } name || Uri.CheckHostName(name) != UriHostNameType.Dns)
        {
            return StepOutcome.Refused("The order line names no domain");
        }

        var domain = name.Trim().TrimEnd('.').ToLowerInvariant();
        var adopted = await db.Set<IssuedCertificate>().AsNoTracking()
            .Where(c => c.ServiceId == service.Id && c.Issuer == Issuer && c.IssuedAt >= run.Step.CreatedAt)
            .Select(c => c.ChainPem).FirstOrDefaultAsync(cancellationToken);
        if (adopted is not null)
        {
            using var stored = Leaf(adopted);
            return StepOutcome.Done(stored.SerialNumber);
        }

        try
        {
            var (chainPem, protectedKey) = await acme.IssueAsync(service.Id, domain, cancellationToken);
            using var leaf = Leaf(chainPem);
            if (!leaf.MatchesHostname(domain))
            {
                throw new AcmeProblemException(400, "a certificate for another name");
            }

            var earlier = await db.Set<IssuedCertificate>().Where(c => c.ServiceId == service.Id).ToListAsync(cancellationToken);
            db.RemoveRange(earlier);
            db.Add(new IssuedCertificate
            {
                Id = Guid.NewGuid(), ServiceId = service.Id, CommonName = domain, Issuer = Issuer, ChainPem = chainPem, ProtectedPrivateKey = protectedKey,
                NotBefore = leaf.NotBefore.ToUniversalTime(), NotAfter = leaf.NotAfter.ToUniversalTime(), IssuedAt = clock.GetUtcNow().UtcDateTime,
            });
            service.SupplierReference = leaf.SerialNumber;
            if (earlier.Count > 0)
            {
                await mails.AddCertificateRenewedAsync(service, leaf.NotAfter.ToUniversalTime(), run.Culture, cancellationToken);
            }

            return StepOutcome.Done(leaf.SerialNumber);
        }
        catch (AcmeProblemException refused) when (!refused.Temporary)
        {
            await acme.ForgetAsync(service.Id, CancellationToken.None);
            return StepOutcome.Refused(refused.Message);
        }
        catch (Exception temporary) when (temporary is AcmeProblemException or AcmeUnavailableException)
        {
            // The runner stops after its last attempt: then the challenge is answered no more either.
            if (run.Step.Attempts >= provisioning.Value.MaxAttempts)
            {
                await acme.ForgetAsync(service.Id, CancellationToken.None);
            }

            return StepOutcome.TryAgain(temporary.Message);
        }
    }

    // The first certificate of a PEM chain is the leaf (RFC 8555 section 7.4.2).
    private static X509Certificate2 Leaf(string chainPem)
    {
        var chain = new X509Certificate2Collection();
        chain.ImportFromPem(chainPem);
        if (chain.Count == 0)
        {
            throw new AcmeUnavailableException("The ACME server sent no certificate.");
        }

        foreach (var other in chain.Skip(1))
        {
            other.Dispose();
        }

        return chain[0];
    }
}
