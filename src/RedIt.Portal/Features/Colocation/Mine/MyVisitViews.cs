using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Colocation.Mine;

// One of the customer's colocation services, as far as visits need it.
public sealed record ColocationService(Guid Id, Guid CustomerId, string Name, string? Platform);

public sealed record MyVisitRow(
    Guid Id, DateTime StartsAt, DateTime EndsAt, string Rack, VisitStatus Status, string? DeclineReason,
    DatacenterSendStatus SendStatus, DateTime? SentAt, IReadOnlyList<string> Visitors)
{
    public bool CanCancel(DateTime now) => Status is VisitStatus.Requested or VisitStatus.Approved && StartsAt > now;
}

public sealed record MyVisitsPage(ColocationService Service, Paged<MyVisitRow> Visits, DateTime Now);

public sealed record VisitRequestForm(ColocationService Service, VisitRequestInput Input);
