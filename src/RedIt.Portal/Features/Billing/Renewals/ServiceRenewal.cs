using RedIt.Portal.Features.Orders;

namespace RedIt.Portal.Features.Billing.Renewals;

// That the renewal of a service from one date was invoiced, by which order. Unique per service and
// date, so two instances or two runs of the job can never invoice the same renewal twice.
public class ServiceRenewal
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    // The service's renewal date the order renews from; the new period starts on it.
    public DateTime RenewsOn { get; set; }

    public Guid OrderId { get; set; }

    public Order Order { get; set; } = null!;

    public DateTime CreatedAt { get; set; }
}
