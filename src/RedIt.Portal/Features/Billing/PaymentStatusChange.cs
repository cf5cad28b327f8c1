namespace RedIt.Portal.Features.Billing;

// Each status a payment reached, once: a notification sent ten times records its change once.
public class PaymentStatusChange
{
    public Guid Id { get; set; }

    public Guid PaymentId { get; set; }

    public PaymentStatus Status { get; set; }

    public DateTime At { get; set; }
}
