using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Infrastructure.Logging;
using RedIt.Portal.Privacy;

namespace RedIt.Portal.Features.Colocation.Datacenter;

// Sends the approved visits to the datacenter provider and cancels there the sent ones a customer
// cancelled (2.5), each claimed by one instance in the database first. A provider that is down gets
// the visit again later, further apart each time; one that refuses stops it for Support to see.
public sealed class VisitSender(
    PortalDbContext db,
    IDatacenterProvider provider,
    DisclosureLog disclosures,
    TimeProvider clock,
    IOptions<DatacenterOptions> options,
    ILogger<VisitSender> logger)
{
    // What left, as the customer's export and My services name it.
    public static readonly IReadOnlyList<string> DataItems = ["first name", "last name", "visit window"];

    public const string Purpose = "Giving the customer's visitors access to their equipment in the datacenter (2.5)";

    public const string LegalGround = "Contract (GDPR art. 6(1)(b))";

    private const int BatchSize = 20;

    // Longer than a provider call can take (the client times out within a minute); an instance that
    // stopped in the middle leaves the visit to the others after this.
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public static string ReferenceOf(Guid visitId) => "Datacenter visit " + visitId.ToString("D");

    // 1, 5 and 15 minutes, an hour, then every four hours.
    public static TimeSpan Backoff(int attempts) => attempts switch
    {
        <= 1 => TimeSpan.FromMinutes(1),
        2 => TimeSpan.FromMinutes(5),
        3 => TimeSpan.FromMinutes(15),
        4 => TimeSpan.FromHours(1),
        _ => TimeSpan.FromHours(4),
    };

    // Runs what is due now; returns how many visits it tried, so the caller goes on while there were any.
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var due = await Free(clock.GetUtcNow().UtcDateTime)
            .OrderBy(v => v.NextSendAttemptAt).ThenBy(v => v.Id)
            .Select(v => v.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var tried = 0;
        foreach (var id in due)
        {
            if (await RunOneAsync(id, cancellationToken))
            {
                tried++;
            }

            db.ChangeTracker.Clear();
        }

        return tried;
    }

    // An approved visit to send or a cancelled one to cancel there, due, and not claimed by a live instance.
    private IQueryable<DatacenterVisit> Free(DateTime now) =>
        db.Set<DatacenterVisit>().Where(v =>
            ((v.SendStatus == DatacenterSendStatus.ToSend && v.Status == VisitStatus.Approved) || v.SendStatus == DatacenterSendStatus.ToCancel)
            && v.NextSendAttemptAt <= now
            && (v.ClaimedUntil == null || v.ClaimedUntil < now));

    private async Task<bool> RunOneAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claim = $"{Environment.MachineName}/{Guid.NewGuid():N}";
        DatacenterVisit visit;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // One statement decides between instances: only one of them sees its update count as 1.
            var claimed = await Free(now).Where(v => v.Id == id).ExecuteUpdateAsync(
                set => set
                    .SetProperty(v => v.ClaimedBy, claim)
                    .SetProperty(v => v.ClaimedUntil, now + Lease)
                    .SetProperty(v => v.SendAttempts, v => v.SendAttempts + 1),
                cancellationToken);
            if (claimed != 1)
            {
                return false;
            }

            visit = await db.Set<DatacenterVisit>().AsNoTracking().Include(v => v.Visitors).SingleAsync(v => v.Id == id, cancellationToken);

            // Recorded before anything leaves, once: a later attempt sends the same names to the same party.
            if (visit.SendStatus == DatacenterSendStatus.ToSend && visit.SendAttempts == 1)
            {
                await disclosures.RecordAsync(visit.CustomerId, Recipients.Datacenter.Name, DataItems, Purpose, LegalGround,
                    reference: ReferenceOf(visit.Id), cancellationToken: cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var sending = visit.SendStatus == DatacenterSendStatus.ToSend;
        string? reference = null;
        string? failure = null;
        var refused = false;
        try
        {
            if (sending)
            {
                reference = await provider.ScheduleAsync(ToWorkVisit(visit), cancellationToken);
            }
            else
            {
                await provider.CancelAsync(visit.SupplierReference!, cancellationToken);
            }
        }
        catch (DatacenterRefusedException problem)
        {
            (failure, refused) = (problem.Message, true);
        }
        catch (Exception problem) when (problem is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            failure = problem is DatacenterUnavailableException ? problem.Message : problem.GetType().Name;
            logger.LogDebug("Datacenter visit {Visit} could not reach the provider: {Exception}", id, ExceptionSummary.Of(problem));
        }

        var finished = clock.GetUtcNow().UtcDateTime;
        var mine = db.Set<DatacenterVisit>().Where(v => v.Id == id && v.ClaimedBy == claim);
        var visits = db.Set<DatacenterVisit>().Where(v => v.Id == id);
        if (failure is null)
        {
            var done = await mine.ExecuteUpdateAsync(
                set =>
                {
                    set.SetProperty(v => v.SendStatus, sending ? DatacenterSendStatus.Sent : DatacenterSendStatus.Cancelled)
                        .SetProperty(v => v.NextSendAttemptAt, (DateTime?)null)
                        .SetProperty(v => v.LastSendError, (string?)null)
                        .SetProperty(v => v.ClaimedBy, (string?)null)
                        .SetProperty(v => v.ClaimedUntil, (DateTime?)null);
                    if (sending)
                    {
                        set.SetProperty(v => v.SupplierReference, reference).SetProperty(v => v.SentAt, finished);
                    }
                },
                CancellationToken.None);
            if (done != 1)
            {
                logger.LogWarning("Datacenter visit {Visit} reached the provider after its claim ran out; another instance may send it again", id);
            }

            // The customer cancelled while it was on its way: now that the provider has it, cancel it there.
            await visits.Where(v => v.SendStatus == DatacenterSendStatus.Sent && v.Status == VisitStatus.Cancelled).ExecuteUpdateAsync(
                set => set
                    .SetProperty(v => v.SendStatus, DatacenterSendStatus.ToCancel)
                    .SetProperty(v => v.SendAttempts, 0)
                    .SetProperty(v => v.NextSendAttemptAt, finished),
                CancellationToken.None);
            return true;
        }

        var stop = refused || visit.SendAttempts >= options.Value.MaxAttempts;
        DateTime? next = stop ? null : finished + Backoff(visit.SendAttempts);
        var reason = failure.Length > 500 ? failure[..500] : failure;
        await mine.ExecuteUpdateAsync(
            set =>
            {
                set.SetProperty(v => v.NextSendAttemptAt, next)
                    .SetProperty(v => v.LastSendError, reason)
                    .SetProperty(v => v.ClaimedBy, (string?)null)
                    .SetProperty(v => v.ClaimedUntil, (DateTime?)null);
                if (stop)
                {
                    set.SetProperty(v => v.SendStatus, DatacenterSendStatus.Failed);
                }
            },
            CancellationToken.None);

        // Cancelled by the customer while this attempt failed: nothing is left to send.
        await visits.Where(v => v.SendStatus == DatacenterSendStatus.ToSend && v.Status == VisitStatus.Cancelled).ExecuteUpdateAsync(
            set => set.SetProperty(v => v.SendStatus, DatacenterSendStatus.NotSent).SetProperty(v => v.NextSendAttemptAt, (DateTime?)null),
            CancellationToken.None);
        logger.LogWarning("Datacenter visit {Visit} ended attempt {Attempt} with {Reason}; {Next}",
            id, visit.SendAttempts, reason, stop ? "it is given up" : $"next attempt at {next:u}");
        return true;
    }

    private static WorkVisit ToWorkVisit(DatacenterVisit visit) => new(
        visit.Id.ToString("N"),
        visit.Rack,
        visit.StartsAt,
        visit.EndsAt,
        [.. visit.Visitors.OrderBy(v => v.LastName, StringComparer.Ordinal).ThenBy(v => v.FirstName, StringComparer.Ordinal).Select(v => new WorkVisitor(v.FirstName, v.LastName))]);
}
