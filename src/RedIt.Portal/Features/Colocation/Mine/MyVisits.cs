using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Colocation.Datacenter;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Colocation.Mine;

// The customer's side of datacenter visits (2.5): only their own colocation services and the visits
// of those, so another customer's service or visit finds nothing.
public sealed class MyVisits(PortalDbContext db, VisitSignal signal, TimeProvider clock)
{
    public const int PageSize = 25;

    public Task<ColocationService?> ServiceAsync(Guid customerId, Guid serviceId, CancellationToken cancellationToken = default) =>
        db.Set<Service>().AsNoTracking()
            .Where(s => s.Id == serviceId && s.CustomerId == customerId && s.Kind == ProductKind.Colocation)
            .Select(s => new ColocationService(s.Id, s.CustomerId, s.Name, s.Platform))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<MyVisitsPage?> PageAsync(Guid customerId, Guid serviceId, int page, CancellationToken cancellationToken = default)
    {
        if (await ServiceAsync(customerId, serviceId, cancellationToken) is not { } service)
        {
            return null;
        }

        var visits = await db.Set<DatacenterVisit>().AsNoTracking()
            .Where(v => v.CustomerId == customerId && v.ServiceId == serviceId)
            .OrderByDescending(v => v.RequestedAt).ThenBy(v => v.Id)
            .ToPagedAsync(
                v => new MyVisitRow(v.Id, v.StartsAt, v.EndsAt, v.Rack, v.Status, v.DeclineReason, v.SendStatus, v.SentAt,
                    v.Visitors.OrderBy(x => x.LastName).ThenBy(x => x.FirstName).Select(x => x.FirstName + " " + x.LastName).ToList()),
                page, PageSize, cancellationToken);
        return new MyVisitsPage(service, visits, clock.GetUtcNow().UtcDateTime);
    }

    public VisitRequestForm NewForm(ColocationService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var input = new VisitRequestInput { Rack = service.Platform };
        input.Visitors.AddRange(Enumerable.Range(0, VisitRules.FormRows).Select(_ => new VisitorInput()));
        return new VisitRequestForm(service, input);
    }

    public async Task<Guid> RequestAsync(ColocationService service, CheckedVisit visit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(visit);
        var request = new DatacenterVisit
        {
            Id = Guid.NewGuid(),
            ServiceId = service.Id,
            CustomerId = service.CustomerId,
            StartsAt = visit.StartsAt,
            EndsAt = visit.EndsAt,
            Rack = visit.Rack,
            Status = VisitStatus.Requested,
            RequestedAt = clock.GetUtcNow().UtcDateTime,
            SendStatus = DatacenterSendStatus.NotSent,
        };
        request.Visitors.AddRange(visit.Visitors.Select(v => new DatacenterVisitor { Id = Guid.NewGuid(), VisitId = request.Id, FirstName = v.FirstName, LastName = v.LastName }));
        db.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return request.Id;
    }

    // A visit that has not started and was not decided against. The status is checked in the update
    // itself, so a cancellation and Support's decision at the same moment leave one of them standing.
    // One that reached the provider is cancelled there too; one still waiting to be sent is not sent.
    public async Task<bool> CancelAsync(Guid customerId, Guid serviceId, Guid visitId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var visit = db.Set<DatacenterVisit>().Where(v => v.Id == visitId && v.CustomerId == customerId && v.ServiceId == serviceId);
        var cancelled = await visit
            .Where(v => (v.Status == VisitStatus.Requested || v.Status == VisitStatus.Approved) && v.StartsAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.Status, VisitStatus.Cancelled), cancellationToken);
        if (cancelled == 0)
        {
            return false;
        }

        var atProvider = await visit.Where(v => v.SendStatus == DatacenterSendStatus.Sent).ExecuteUpdateAsync(
            set => set
                .SetProperty(v => v.SendStatus, DatacenterSendStatus.ToCancel)
                .SetProperty(v => v.SendAttempts, 0)
                .SetProperty(v => v.NextSendAttemptAt, now)
                .SetProperty(v => v.LastSendError, (string?)null),
            cancellationToken);

        // Being sent right now (claimed): the sender cancels it once the provider has it.
        await visit.Where(v => v.SendStatus == DatacenterSendStatus.ToSend && (v.ClaimedUntil == null || v.ClaimedUntil < now)).ExecuteUpdateAsync(
            set => set.SetProperty(v => v.SendStatus, DatacenterSendStatus.NotSent).SetProperty(v => v.NextSendAttemptAt, (DateTime?)null),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (atProvider > 0)
        {
            signal.Wake();
        }

        return true;
    }

    public Task<bool> ExistsAsync(Guid customerId, Guid serviceId, Guid visitId, CancellationToken cancellationToken = default) =>
        db.Set<DatacenterVisit>().AnyAsync(v => v.Id == visitId && v.CustomerId == customerId && v.ServiceId == serviceId, cancellationToken);
}
