using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Logging;

namespace RedIt.Portal.Features.Orders.Provisioning;

// Runs the provisioning steps that are due, each claimed by one instance in the database before it
// runs. A supplier that is down gets the step again later, further apart each time; a supplier that
// refuses stops it for staff to look at. A step runs only after the earlier steps of its line.
public sealed class ProvisioningRunner(
    PortalDbContext db,
    IEnumerable<IProvisioningStepHandler> handlers,
    DisclosureLog disclosures,
    ServiceMails serviceMails,
    MailOutbox outbox,
    TimeProvider clock,
    IOptions<ProvisioningOptions> options,
    ILogger<ProvisioningRunner> logger)
{
    private const int BatchSize = 20;

    // Longer than a supplier call can take (their clients time out within a minute).
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private readonly Dictionary<ProvisioningStepKind, IProvisioningStepHandler> _handlers = handlers.ToDictionary(h => h.Kind);

    // 1, 5 and 15 minutes, an hour, then every four hours.
    public static TimeSpan Backoff(int attempts) => attempts switch
    {
        <= 1 => TimeSpan.FromMinutes(1),
        2 => TimeSpan.FromMinutes(5),
        3 => TimeSpan.FromMinutes(15),
        4 => TimeSpan.FromHours(1),
        _ => TimeSpan.FromHours(4),
    };

    // Runs what is due now; returns how many steps it ran, so the caller goes on while there were any
    // (a finished step can make the next one of its line due).
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var kinds = _handlers.Keys.ToList();
        var steps = db.Set<ProvisioningStep>();
        var due = await Free(now)
            .Where(s => kinds.Contains(s.Kind))
            .Where(s => !steps.Any(e => e.OrderLineId == s.OrderLineId && e.Sequence < s.Sequence && e.Status != ProvisioningStepStatus.Done))
            .OrderBy(s => s.NextAttemptAt).ThenBy(s => s.Sequence)
            .Select(s => s.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var ran = 0;
        foreach (var id in due)
        {
            if (await RunOneAsync(id, cancellationToken))
            {
                ran++;
            }

            db.ChangeTracker.Clear();
        }

        return ran;
    }

    // Pending, waiting to look at the supplier again, or running on an instance whose lease ran out
    // (it stopped in the middle).
    private IQueryable<ProvisioningStep> Free(DateTime now) =>
        db.Set<ProvisioningStep>().Where(s =>
            (s.Status == ProvisioningStepStatus.Pending || s.Status == ProvisioningStepStatus.Running || s.Status == ProvisioningStepStatus.WaitingForSupplier)
            && s.NextAttemptAt <= now
            && (s.ClaimedUntil == null || s.ClaimedUntil < now));

    private async Task<bool> RunOneAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claim = $"{Environment.MachineName}/{Guid.NewGuid():N}";
        StepRun run;
        IProvisioningStepHandler handler;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // One statement decides between instances: only one of them sees its update count as 1.
            var claimed = await Free(now).Where(s => s.Id == id).ExecuteUpdateAsync(
                set => set
                    .SetProperty(s => s.Status, ProvisioningStepStatus.Running)
                    .SetProperty(s => s.ClaimedBy, claim)
                    .SetProperty(s => s.ClaimedUntil, now + Lease)
                    .SetProperty(s => s.Attempts, s => s.Attempts + 1),
                cancellationToken);
            if (claimed != 1)
            {
                return false;
            }

            run = await LoadAsync(id, cancellationToken);
            handler = _handlers[run.Step.Kind];
            if (run.Step.Attempts == 1 && await handler.DisclosureAsync(run, cancellationToken) is { } planned)
            {
                await disclosures.RecordAsync(run.CustomerId, planned.Recipient, planned.DataItems, planned.Purpose, planned.LegalGround,
                    reference: run.OrderNumber, cancellationToken: cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        StepOutcome outcome;
        try
        {
            outcome = await handler.RunAsync(run, cancellationToken);
        }
        catch (Exception problem) when (problem is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            outcome = StepOutcome.TryAgain(problem.GetType().Name);
            logger.LogWarning("Provisioning step {Kind} of order {Order} failed: {Exception}", run.Step.Kind, run.OrderNumber, ExceptionSummary.Of(problem));
        }

        var mine = db.Set<ProvisioningStep>().Where(s => s.Id == id && s.ClaimedBy == claim);
        if (outcome.Result == StepResult.Done)
        {
            await CompleteAsync(run, mine, outcome, cancellationToken);
            return true;
        }

        db.ChangeTracker.Clear();
        if (outcome.Result is StepResult.Waiting or StepResult.NeedsCustomer)
        {
            await WaitAsync(run, mine, outcome, cancellationToken);
            return true;
        }

        var attempts = run.Step.Attempts;
        var stop = outcome.Result == StepResult.Refused || attempts >= options.Value.MaxAttempts;
        var next = clock.GetUtcNow().UtcDateTime + Backoff(attempts);
        var reason = Shorten(outcome.Reason);
        await using (var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None))
        {
            await mine.ExecuteUpdateAsync(
                set => set
                    .SetProperty(s => s.Status, stop ? ProvisioningStepStatus.Failed : ProvisioningStepStatus.Pending)
                    .SetProperty(s => s.NextAttemptAt, next)
                    .SetProperty(s => s.LastError, reason)
                    .SetProperty(s => s.ClaimedBy, (string?)null)
                    .SetProperty(s => s.ClaimedUntil, (DateTime?)null),
                CancellationToken.None);
            if (stop)
            {
                // Staff see the order as failed, with the step and the supplier's answer.
                await db.Set<Order>().Where(o => o.Id == run.Step.OrderId)
                    .ExecuteUpdateAsync(set => set.SetProperty(o => o.Status, OrderStatus.Failed), CancellationToken.None);
                if (run.Step.ServiceId is { } serviceId)
                {
                    await db.Set<Service>().Where(s => s.Id == serviceId && s.Status == ServiceStatus.Pending)
                        .ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, ServiceStatus.Failed), CancellationToken.None);
                }
            }

            await transaction.CommitAsync(CancellationToken.None);
        }

        logger.LogWarning("Provisioning step {Kind} of order {Order} ended attempt {Attempts} with {Reason}; {Next}",
            run.Step.Kind, run.OrderNumber, attempts, reason, stop ? "it waits for staff" : $"next attempt at {next:u}");
        return true;
    }

    // Waiting is not failing: the attempts start again at one, so only supplier failures count
    // towards the limit, and the first attempt's disclosure is not recorded again.
    private async Task WaitAsync(StepRun run, IQueryable<ProvisioningStep> mine, StepOutcome outcome, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var customer = outcome.Result == StepResult.NeedsCustomer;
        var reason = Shorten(outcome.Reason);
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var updated = await mine.ExecuteUpdateAsync(
            set => set
                .SetProperty(s => s.Status, customer ? ProvisioningStepStatus.WaitingForCustomer : ProvisioningStepStatus.WaitingForSupplier)
                .SetProperty(s => s.Attempts, 1)
                .SetProperty(s => s.NextAttemptAt, now + options.Value.SupplierCheckInterval)
                .SetProperty(s => s.SupplierReference, s => outcome.SupplierReference ?? s.SupplierReference)
                .SetProperty(s => s.LastError, reason)
                // A refused code is of no more use; the customer gives a new one.
                .SetProperty(s => s.ProtectedSecret, s => customer ? null : s.ProtectedSecret)
                .SetProperty(s => s.ClaimedBy, (string?)null)
                .SetProperty(s => s.ClaimedUntil, (DateTime?)null),
            CancellationToken.None);
        var mailed = updated == 1 && customer && run.Service is not null;
        if (mailed)
        {
            await serviceMails.AddNeedsCustomerAsync(run.Service!, run.Step.Kind, run.Culture, CancellationToken.None);
            await db.SaveChangesAsync(CancellationToken.None);
        }

        await transaction.CommitAsync(CancellationToken.None);
        if (mailed)
        {
            // Only now can the dispatcher see the mail.
            outbox.Wake();
        }
        logger.LogInformation("Provisioning step {Kind} of order {Order} waits for the {Party}: {Reason}",
            run.Step.Kind, run.OrderNumber, customer ? "customer" : "supplier", reason);
    }

    // The step, what the handler changed, the service once all its steps are done and the order once
    // all of its are: one transaction, and only while this instance still holds the claim.
    private async Task CompleteAsync(StepRun run, IQueryable<ProvisioningStep> mine, StepOutcome outcome, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        var done = await mine.ExecuteUpdateAsync(
            set => set
                .SetProperty(s => s.Status, ProvisioningStepStatus.Done)
                .SetProperty(s => s.CompletedAt, now)
                .SetProperty(s => s.SupplierReference, outcome.SupplierReference)
                .SetProperty(s => s.LastError, (string?)null)
                .SetProperty(s => s.ProtectedSecret, (string?)null)
                .SetProperty(s => s.ClaimedBy, (string?)null)
                .SetProperty(s => s.ClaimedUntil, (DateTime?)null),
            CancellationToken.None);
        if (done != 1)
        {
            // The lease ran out and another instance took the step over; it finishes it.
            logger.LogWarning("Provisioning step {Kind} of order {Order} finished after its claim ran out", run.Step.Kind, run.OrderNumber);
            return;
        }

        var steps = db.Set<ProvisioningStep>();
        if (run.Service is { } service && !await steps.AnyAsync(s => s.ServiceId == service.Id && s.Status != ProvisioningStepStatus.Done, CancellationToken.None))
        {
            service.Status = ServiceStatus.Active;
            service.RenewsOn ??= now.AddMonths(run.Line?.PeriodMonths ?? 12);
            // A new service is announced; a renewal or change of one already in use is not.
            if (service.ActivatedAt is null)
            {
                service.ActivatedAt = now;
                await serviceMails.AddReadyAsync(service, run.Line?.Description ?? service.Name, run.Culture, CancellationToken.None);
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
        if (!await steps.AnyAsync(s => s.OrderId == run.Step.OrderId && s.Status != ProvisioningStepStatus.Done, CancellationToken.None))
        {
            await db.Set<Order>().Where(o => o.Id == run.Step.OrderId && o.Status == OrderStatus.Provisioning)
                .ExecuteUpdateAsync(set => set.SetProperty(o => o.Status, OrderStatus.Completed).SetProperty(o => o.CompletedAt, now), CancellationToken.None);
        }

        await transaction.CommitAsync(CancellationToken.None);
        // Only now can the dispatcher see the "ready" mail.
        outbox.Wake();
    }

    private async Task<StepRun> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var step = await db.Set<ProvisioningStep>().AsNoTracking().SingleAsync(s => s.Id == id, cancellationToken);
        var order = await db.Set<Order>().AsNoTracking().Where(o => o.Id == step.OrderId)
            .Select(o => new { o.Number, o.CustomerId, o.Culture }).SingleAsync(cancellationToken);
        var line = step.OrderLineId is { } lineId ? await db.Set<OrderLine>().SingleAsync(l => l.Id == lineId, cancellationToken) : null;
        var service = step.ServiceId is { } serviceId ? await db.Set<Service>().SingleAsync(s => s.Id == serviceId, cancellationToken) : null;
        return new StepRun(step, order.Number, order.CustomerId, order.Culture, line, service);
    }

    private static string? Shorten(string? reason) => reason is { Length: > 500 } ? reason[..500] : reason;
}
