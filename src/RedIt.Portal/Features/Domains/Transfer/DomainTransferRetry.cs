using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Features.Services;

namespace RedIt.Portal.Features.Domains.Transfer;

// A transfer whose auth code was refused waits for the customer's new code, then is sent again.
public sealed class DomainTransferRetry(PortalDbContext db, DomainTransferCodes codes, ProvisioningSignal signal, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    // Null when the service is not the customer's or is no transfer that waits for a code.
    public Task<TransferCodeForm?> FormAsync(Guid customerId, Guid serviceId, CancellationToken cancellationToken = default) =>
        db.Set<Service>().AsNoTracking()
            .Where(s => s.Id == serviceId && s.CustomerId == customerId)
            .Where(s => Waiting(serviceId).Any())
            .Select(s => new TransferCodeForm(s.Id, s.Name, new TransferCodeInput()))
            .SingleOrDefaultAsync(cancellationToken);

    // False with a field error when the code cannot be one; the step is picked up at once otherwise.
    public async Task<bool> SubmitAsync(Guid customerId, Guid serviceId, TransferCodeInput input, ModelStateDictionary errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        if (DomainTransferCodes.Normalise(input.AuthCode) is not { } code)
        {
            errors.AddModelError($"Input.{nameof(TransferCodeInput.AuthCode)}", text["An auth code has letters, digits and signs, without spaces."]);
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var protectedCode = codes.Protect(code);
        // The status in the update itself: two submits at once restart the transfer once.
        var restarted = await Waiting(serviceId)
            .Where(p => db.Set<Service>().Any(s => s.Id == serviceId && s.CustomerId == customerId))
            .ExecuteUpdateAsync(set => set
                .SetProperty(p => p.Status, ProvisioningStepStatus.Pending)
                .SetProperty(p => p.ProtectedSecret, protectedCode)
                .SetProperty(p => p.SupplierReference, (string?)null)
                .SetProperty(p => p.NextAttemptAt, now)
                .SetProperty(p => p.LastError, (string?)null), cancellationToken);
        if (restarted == 1)
        {
            signal.Wake();
        }

        return true;
    }

    private IQueryable<ProvisioningStep> Waiting(Guid serviceId) =>
        db.Set<ProvisioningStep>().Where(p => p.ServiceId == serviceId
            && p.Kind == ProvisioningStepKind.TransferDomain
            && p.Status == ProvisioningStepStatus.WaitingForCustomer);
}

public sealed record TransferCodeForm(Guid ServiceId, string Domain, TransferCodeInput Input);
