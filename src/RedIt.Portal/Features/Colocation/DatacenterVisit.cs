using RedIt.Portal.Features.Services;

namespace RedIt.Portal.Features.Colocation;

// A colocation customer's request to visit the datacenter (2.5). Support approves or declines;
// only on approval do the visitors' names and the window go to the datacenter provider.
public class DatacenterVisit
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public Service Service { get; set; } = null!;

    public Guid CustomerId { get; set; }

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    public string Rack { get; set; } = "";

    public VisitStatus Status { get; set; }

    public DateTime RequestedAt { get; set; }

    public Guid? DecidedById { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? DeclineReason { get; set; }

    // The datacenter provider's id of the work visit, once it has it.
    public string? SupplierReference { get; set; }

    // Telling the datacenter provider is work in the database: approving sets it to be sent, a
    // customer's cancellation of a sent visit to be cancelled there; one instance claims it at a time.
    public DatacenterSendStatus SendStatus { get; set; }

    public int SendAttempts { get; set; }

    public DateTime? NextSendAttemptAt { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntil { get; set; }

    // The provider's answer in its own terms (a status and error code), never what was sent.
    public string? LastSendError { get; set; }

    public DateTime? SentAt { get; set; }

    public List<DatacenterVisitor> Visitors { get; set; } = [];
}
