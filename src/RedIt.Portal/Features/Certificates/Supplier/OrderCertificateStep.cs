using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Certificates.Acme;
using RedIt.Portal.Features.Domains;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;

namespace RedIt.Portal.Features.Certificates.Supplier;

// A DV or OV certificate from Xolphin. The first attempt makes the key and its CSR (only the
// domain, as for Let's Encrypt), keeps the key encrypted on the step and sends the request with the
// applicant's name, address and e-mail address; then the step looks every check interval until the
// authority has validated it, and stores the certificate with its key for the customer.
public sealed class OrderCertificateStep(PortalDbContext db, ICertificateSupplier supplier, CertificatePrivateKeys keys, TimeProvider clock) : IProvisioningStepHandler
{
    public ProvisioningStepKind Kind => ProvisioningStepKind.OrderCertificate;

    public async Task<PlannedDisclosure?> DisclosureAsync(StepRun run, CancellationToken cancellationToken) =>
        await ApplicantAsync(run, cancellationToken) is { } applicant ? CertificateDisclosure.Of(applicant) : null;

    public async Task<StepOutcome> RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Line?.DomainName is not { } domain || run.Service is not { } service)
        {
            return StepOutcome.Refused("The order line names no domain");
        }

        if (await ApplicantAsync(run, cancellationToken) is not { } applicant)
        {
            return StepOutcome.Refused("The order line names no applicant");
        }

        try
        {
            // Sent before: follow it. A retry after a lost answer first looks whether it arrived.
            var requestId = run.Step.SupplierReference
                ?? (run.Step.Attempts > 1 && run.Step.ProtectedSecret is not null ? await supplier.FindAsync(run.Step.IdempotencyKey, cancellationToken) : null);
            if (requestId is null)
            {
                requestId = await RequestAsync(run, domain, applicant, cancellationToken);
            }

            if (await supplier.IssuedCertificateAsync(requestId, cancellationToken) is not { } certificateId)
            {
                return StepOutcome.Waiting(requestId, "The certificate authority is validating the request");
            }

            var chain = await supplier.DownloadAsync(certificateId, cancellationToken);
            using var leaf = X509Certificate2.CreateFromPem(chain);
            db.RemoveRange(await db.Set<IssuedCertificate>().Where(c => c.ServiceId == service.Id).ToListAsync(cancellationToken));
            db.Add(new IssuedCertificate
            {
                Id = Guid.NewGuid(), ServiceId = service.Id, CommonName = domain, Issuer = leaf.GetNameInfo(X509NameType.SimpleName, forIssuer: true),
                ChainPem = chain, ProtectedPrivateKey = run.Step.ProtectedSecret, NotBefore = leaf.NotBefore.ToUniversalTime(),
                NotAfter = leaf.NotAfter.ToUniversalTime(), IssuedAt = clock.GetUtcNow().UtcDateTime,
            });
            service.SupplierReference = certificateId;
            service.RenewsOn = leaf.NotAfter.ToUniversalTime().Date;
            return StepOutcome.Done(certificateId);
        }
        catch (CertificateSupplierUnavailableException unavailable)
        {
            return StepOutcome.TryAgain(unavailable.Message);
        }
        catch (CertificateSupplierRefusedException refused)
        {
            return StepOutcome.Refused(refused.Message);
        }
    }

    // The key is on the step before the request leaves, so a retry sends the same CSR and the
    // certificate that comes back matches the key we hold.
    private async Task<string> RequestAsync(StepRun run, string domain, DomainContact applicant, CancellationToken cancellationToken)
    {
        using var key = run.Step.ProtectedSecret is { } known ? Load(keys.Unprotect(known)) : ECDsa.Create(ECCurve.NamedCurves.nistP256);
        if (run.Step.ProtectedSecret is null)
        {
            var protectedKey = keys.Protect(key.ExportPkcs8PrivateKeyPem());
            await db.Set<ProvisioningStep>().Where(s => s.Id == run.Step.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.ProtectedSecret, protectedKey), cancellationToken);
            run.Step.ProtectedSecret = protectedKey;
        }

        var csr = PemEncoding.WriteString("CERTIFICATE REQUEST", CertificateSigningRequest.Create(key, domain));
        var product = await db.Set<Product>().AsNoTracking().Where(p => p.Id == run.Line!.ProductId).Select(p => p.Validation).SingleAsync(cancellationToken);
        var business = applicant.CompanyName is not null;
        var order = new CertificateOrder(
            product == CertificateValidation.OrganisationValidated ? CertificateValidationLevel.OrganisationValidated : CertificateValidationLevel.DomainValidated,
            Math.Max(1, run.Line!.PeriodMonths / 12),
            csr,
            applicant.CompanyName,
            business ? null : applicant.FirstName,
            business ? null : applicant.LastName,
            applicant.Street + " " + applicant.HouseNumber,
            applicant.PostalCode,
            applicant.City,
            applicant.CountryCode,
            applicant.Email,
            run.Step.IdempotencyKey);
        return await supplier.RequestAsync(order, cancellationToken);
    }

    private static ECDsa Load(string pem)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(pem);
        return key;
    }

    private Task<DomainContact?> ApplicantAsync(StepRun run, CancellationToken cancellationToken) =>
        run.Line?.DomainContactId is { } id
            ? db.Set<DomainContact>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            : Task.FromResult<DomainContact?>(null);
}
