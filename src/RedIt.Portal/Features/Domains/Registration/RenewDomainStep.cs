using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;

namespace RedIt.Portal.Features.Domains.Registration;

// Extends a registered domain by the line's period. Sends the domain's id and name, no personal
// data: the registry has the registrant already.
public sealed class RenewDomainStep(Supplier.IDomainSupplier supplier) : IProvisioningStepHandler
{
    public ProvisioningStepKind Kind => ProvisioningStepKind.RenewDomain;

    public Task<PlannedDisclosure?> DisclosureAsync(StepRun run, CancellationToken cancellationToken) =>
        Task.FromResult<PlannedDisclosure?>(null);

    public async Task<StepOutcome> RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Service is not { SupplierReference: { } supplierId } service || run.Line is null)
        {
            return StepOutcome.Refused("The renewal names no registered domain");
        }

        var dot = service.Name.IndexOf('.', StringComparison.Ordinal);
        var years = Math.Max(1, run.Line.PeriodMonths / 12);
        return await SupplierCall.OutcomeAsync(async () =>
        {
            var expires = await supplier.RenewAsync(supplierId, service.Name[..dot], service.Name[(dot + 1)..], years, cancellationToken);
            // Renewed from its current end, not from today, so renewing early loses no days.
            service.RenewsOn = expires ?? (service.RenewsOn ?? DateTime.UtcNow).AddYears(years);
            return StepOutcome.Done(supplierId);
        });
    }
}
