using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Features.Services;

namespace RedIt.Portal.Features.Billing.Renewals;

// A paid renewal of hosting, a mailbox, rack space or a paid certificate: the same service runs on,
// its renewal date one period further. The new date is counted from the date the order renewed,
// not from the service's date now, so a step run again sets the same date and never extends twice.
// Sends nothing to anyone.
public sealed class ExtendServiceStep(PortalDbContext db) : IProvisioningStepHandler
{
    public ProvisioningStepKind Kind => ProvisioningStepKind.ExtendService;

    public Task<PlannedDisclosure?> DisclosureAsync(StepRun run, CancellationToken cancellationToken) =>
        Task.FromResult<PlannedDisclosure?>(null);

    public async Task<StepOutcome> RunAsync(StepRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Service is not { } service || run.Line is not { PeriodMonths: > 0 } line)
        {
            return StepOutcome.Refused("The renewal names no service or period");
        }

        // Paid after it ended: staff refund it rather than bring the service back.
        if (service.Status is ServiceStatus.Ended or ServiceStatus.Failed || service.EndedAt is not null)
        {
            return StepOutcome.Refused("The service ended before its renewal was paid");
        }

        var from = await db.Set<ServiceRenewal>().AsNoTracking()
            .Where(r => r.OrderId == run.Step.OrderId && r.ServiceId == service.Id)
            .Select(r => (DateTime?)r.RenewsOn)
            .SingleOrDefaultAsync(cancellationToken)
            ?? service.RenewsOn;
        if (from is null)
        {
            return StepOutcome.Refused("The service has no renewal date to extend");
        }

        var renewsOn = from.Value.AddMonths(line.PeriodMonths);
        if (service.RenewsOn is null || service.RenewsOn < renewsOn)
        {
            service.RenewsOn = renewsOn;
        }

        return StepOutcome.Done();
    }
}
