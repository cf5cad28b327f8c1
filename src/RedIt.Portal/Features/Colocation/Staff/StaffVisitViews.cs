using System.ComponentModel.DataAnnotations;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Colocation.Staff;

// Without a status the list shows what waits for a decision; "all" shows every visit.
public sealed record StaffVisitFilter(string? Search, string? Status, int Page = 1)
{
    public const string All = "all";

    public bool ShowsAll => Status == All;

    public VisitStatus? StatusValue => ShowsAll ? null
        : Enum.TryParse<VisitStatus>(Status, ignoreCase: false, out var value) && Enum.IsDefined(value) ? value : VisitStatus.Requested;
}

public sealed record StaffVisitRow(
    Guid Id, DateTime StartsAt, DateTime EndsAt, int? CustomerNumber, string? CustomerName, string ServiceName, string Rack,
    int VisitorCount, VisitStatus Status, DatacenterSendStatus SendStatus);

public sealed record StaffVisitsView(StaffVisitFilter Filter, Paged<StaffVisitRow> Visits);

// Where the visit stands with the datacenter provider, for Support to see whether it got there.
public sealed record ProviderState(DatacenterSendStatus Status, string? Reference, DateTime? SentAt, int Attempts, DateTime? NextAttemptAt, string? LastError);

public sealed record StaffVisitView(
    StaffVisitRow Visit, Guid ServiceId, Guid CustomerId, DateTime RequestedAt, string? DecidedBy, DateTime? DecidedAt, string? DeclineReason,
    IReadOnlyList<string> Visitors, ProviderState Provider, DeclineInput Decline)
{
    public bool CanDecide(DateTime now) => Visit.Status == VisitStatus.Requested && Visit.StartsAt > now;
}

public sealed class DeclineInput
{
    [Display(Name = "Reason, for the customer")]
    [StringLength(1000, ErrorMessage = "The reason can be at most {1} characters.")]
    public string? Reason { get; set; }
}
