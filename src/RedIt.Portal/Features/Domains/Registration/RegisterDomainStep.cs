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

        var handle = run.Line.DomainContactId is { } contactId
            ? await db.Set<DomainContact>().Where(c => c.Id == contactId).Select(c => c.SupplierHandle).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (handle is null)
        {
            return StepOutcome.Refused("The registrant has no handle at the supplier");
        }

        var dot = domain.IndexOf('.', StringComparison.Ordinal);
        var (label, tld) = (domain[..dot], domain[(dot + 1)..]);
        return await SupplierCall.OutcomeAsync(async () =>
        {
            var registered = (run.Step.Attempts > 1 ? await supplier.FindAsync(label, tld, cancellationToken) : null)
                ?? await supplier.RegisterAsync(new DomainRegistration(label, tld, Math.Max(1, run.Line.PeriodMonths / 12), handle, NameServers(run.Line.NameServers)), cancellationToken);
            service.SupplierReference = registered.SupplierId;
            service.RenewsOn = registered.ExpiresOn;
            return StepOutcome.Done(registered.SupplierId);
        });
    }

    private static string[] NameServers(string? spaced) =>
        string.IsNullOrWhiteSpace(spaced) ? [] : spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
