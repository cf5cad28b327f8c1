using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Features.Services;

namespace RedIt.Portal.Features.Certificates.Acme;

// Finds the active Let's Encrypt certificates that expire within Acme:RenewBeforeDays and queues an
// issuance step for each, on the order that delivered the service: the provisioning runner claims
// it, retries it with back-off, resumes its ACME order after a lost answer, and shows it to staff
// on that order when it stops. The step's key names the certificate it renews, and is unique, so
// however many instances queue at once, each certificate is renewed once. The certificate in use
// stays until the step stores its successor.
public sealed class LetsEncryptRenewals(PortalDbContext db, ProvisioningSignal provisioning, TimeProvider clock, IOptions<AcmeOptions> options, ILogger<LetsEncryptRenewals> logger)
{
    private const int BatchSize = 100;

    public static string StepKey(Guid certificateId) => $"renew-{certificateId:N}";

    // Returns how many renewals it queued.
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now.AddDays(options.Value.RenewBeforeDays);
        var queued = 0;
        while (true)
        {
            var due = await DueAsync(horizon, cancellationToken);
            var added = 0;
            foreach (var certificate in due)
            {
                if (await QueueAsync(certificate, now, cancellationToken))
                {
                    added++;
                }
            }

            queued += added;
            // A batch where every step was queued by another instance ends the pass as well.
            if (due.Count < BatchSize || added == 0)
            {
                break;
            }
        }

        if (queued > 0)
        {
            provisioning.Wake();
            logger.LogInformation("Queued {Count} Let's Encrypt renewals expiring before {Horizon:u}", queued, horizon);
        }

        return queued;
    }

    // Skips a service with an issuance still under way or stopped for staff: that one gets it there.
    private Task<List<DueCertificate>> DueAsync(DateTime horizon, CancellationToken cancellationToken)
    {
        var steps = db.Set<ProvisioningStep>();
        var lines = db.Set<OrderLine>();
        return db.Set<IssuedCertificate>().AsNoTracking()
            .Where(c => c.Issuer == IssueLetsEncryptCertificateStep.Issuer && c.NotAfter <= horizon && c.Service.Status == ServiceStatus.Active)
            .Where(c => !steps.Any(s => s.ServiceId == c.ServiceId && s.Kind == ProvisioningStepKind.IssueLetsEncryptCertificate && s.Status != ProvisioningStepStatus.Done))
            .Where(c => lines.Any(l => l.ServiceId == c.ServiceId))
            .OrderBy(c => c.NotAfter).ThenBy(c => c.Id)
            .Select(c => new DueCertificate(c.Id, c.ServiceId))
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> QueueAsync(DueCertificate certificate, DateTime now, CancellationToken cancellationToken)
    {
        // The line that delivered the service: its steps are the service's history for staff.
        var line = await db.Set<OrderLine>().AsNoTracking()
            .Where(l => l.ServiceId == certificate.ServiceId)
            .OrderBy(l => l.Order.PlacedAt).ThenBy(l => l.Id)
            .Select(l => new { l.Id, l.OrderId })
            .FirstAsync(cancellationToken);
        var sequence = await db.Set<ProvisioningStep>().Where(s => s.OrderLineId == line.Id).MaxAsync(s => (int?)s.Sequence, cancellationToken) ?? -1;
        var step = new ProvisioningStep
        {
            Id = Guid.NewGuid(),
            OrderId = line.OrderId,
            OrderLineId = line.Id,
            ServiceId = certificate.ServiceId,
            Kind = ProvisioningStepKind.IssueLetsEncryptCertificate,
            // After the line's earlier steps, which are done: the runner runs a line's steps in order.
            Sequence = sequence + 1,
            Status = ProvisioningStepStatus.Pending,
            IdempotencyKey = StepKey(certificate.Id),
            NextAttemptAt = now,
            CreatedAt = now,
        };
        db.Add(step);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(step).State = EntityState.Detached;
            // Another instance queued this certificate's renewal first; any other failure is one.
            if (await db.Set<ProvisioningStep>().AnyAsync(s => s.IdempotencyKey == step.IdempotencyKey, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    private sealed record DueCertificate(Guid Id, Guid ServiceId);
}
