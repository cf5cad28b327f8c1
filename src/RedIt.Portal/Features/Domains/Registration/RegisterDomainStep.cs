using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Domains.Supplier;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;

namespace RedIt.Portal.Features.Domains.Registration;

// Registers the domain for the registrant's handle. Openprovider takes no idempotency key, so an
// attempt after the first asks whether the domain already is in our account: a registration whose
// answer was lost is adopted, never made twice.
public sealed class RegisterDomainStep(PortalDbContext db, IDomainSupplier supplier) : IProvisioningStepHandler
{
    public ProvisioningStepKind Kind => ProvisioningStepKind.RegisterDomain;

    public Task<PlannedDisclosure?> DisclosureAsync(StepRun run, CancellationToken cancellationToken) =>
        Task.FromResult<PlannedDisclosure?>(RegistrantDisclosure.OfDomain());

    public async Task<StepOutcome> RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Line?.DomainName is not { } domain || run.Service is not { } service)
        {
            return StepOutcome.Refused("The order line names no domain");
        }

        var handle = await DomainLine.OwnerHandleAsync(db, run.Line, cancellationToken);
        if (handle is null)
        {
            return StepOutcome.Refused("The registrant has no handle at the supplier");
        }

        var (label, tld) = DomainLine.Split(domain);
        return await SupplierCall.OutcomeAsync(async () =>
        {
            var registered = (run.Step.Attempts > 1 ? await supplier.FindAsync(label, tld, cancellationToken) : null)
                ?? await supplier.RegisterAsync(DomainLine.Registration(run.Line, label, tld, handle), cancellationToken);
            service.SupplierReference = registered.SupplierId;
            service.RenewsOn = registered.ExpiresOn;
            return StepOutcome.Done(registered.SupplierId);
        });
    }
}
