using RedIt.Portal.Data;
using RedIt.Portal.Features.Domains.Registration;
using RedIt.Portal.Features.Domains.Supplier;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;

namespace RedIt.Portal.Features.Domains.Transfer;

// Moves a domain to our account with the customer's auth code. The request is sent once; the
// registry then takes hours or days, so the step looks again every SupplierCheckInterval until
// the domain is active. A refusal is something only the customer can fix (a wrong or expired code,
// a locked domain): the step waits for a new code instead of stopping the order.
public sealed class TransferDomainStep(PortalDbContext db, IDomainSupplier supplier, DomainTransferCodes codes) : IProvisioningStepHandler
{
    public ProvisioningStepKind Kind => ProvisioningStepKind.TransferDomain;

    // The handle was disclosed by the contact step; this names the domain it is for.
    public Task<PlannedDisclosure?> DisclosureAsync(StepRun run, CancellationToken cancellationToken) =>
        Task.FromResult<PlannedDisclosure?>(RegistrantDisclosure.OfDomain());

    public async Task<StepOutcome> RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Line?.DomainName is not { } domain || run.Service is not { } service)
        {
            return StepOutcome.Refused("The order line names no domain");
        }

        var (label, tld) = DomainLine.Split(domain);
        return await SupplierCall.OutcomeAsync(async () =>
        {
            // Sent before: follow it. A retry after a lost answer first looks whether it arrived.
            var known = run.Step.SupplierReference is { } reference
                ? await supplier.GetAsync(reference, cancellationToken)
                : run.Step.Attempts > 1 ? await supplier.FindAsync(label, tld, cancellationToken) : null;
            if (known is not null)
            {
                return Follow(known, service);
            }

            if (codes.Unprotect(run.Step.ProtectedSecret) is not { } authCode)
            {
                return StepOutcome.NeedsCustomer("The transfer needs the auth code from the current provider");
            }

            var handle = await DomainLine.OwnerHandleAsync(db, run.Line, cancellationToken);
            if (handle is null)
            {
                return StepOutcome.Refused("The registrant has no handle at the supplier");
            }

            try
            {
                var transfer = new DomainTransfer(DomainLine.Registration(run.Line, label, tld, handle), authCode);
                return Follow(await supplier.TransferAsync(transfer, cancellationToken), service);
            }
            catch (DomainSupplierRefusedException refused)
            {
                return StepOutcome.NeedsCustomer(refused.Message);
            }
        });
    }

    private static StepOutcome Follow(RegisteredDomain domain, Services.Service service)
    {
        if (domain.HasFailed)
        {
            return StepOutcome.NeedsCustomer($"The registry ended the transfer with status {domain.Status}");
        }

        if (!domain.IsActive)
        {
            return StepOutcome.Waiting(domain.SupplierId, $"The registry is processing the transfer (status {domain.Status})");
        }

        service.SupplierReference = domain.SupplierId;
        service.RenewsOn = domain.ExpiresOn;
        return StepOutcome.Done(domain.SupplierId);
    }
}
