namespace RedIt.Portal.Features.Orders;

// One call to a supplier that an order needs, kept as state so a supplier that is down delays the
// order and never loses or doubles it: one instance claims the step (ClaimedUntil), a failure
// schedules the next attempt, and IdempotencyKey goes to the supplier where its API takes one.
public class ProvisioningStep
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public Guid? OrderLineId { get; set; }

    public Guid? ServiceId { get; set; }

    public ProvisioningStepKind Kind { get; set; }

    // Steps of one line run in this order: a contact before its domain, a domain before its certificate.
    public int Sequence { get; set; }

    public ProvisioningStepStatus Status { get; set; }

    public string IdempotencyKey { get; set; } = "";

    public int Attempts { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public DateTime? ClaimedUntil { get; set; }

    public string? ClaimedBy { get; set; }

    // What the supplier answered, in its own terms: a status code and error code, never the data sent.
    public string? LastError { get; set; }

    public string? SupplierReference { get; set; }

    // A secret the step needs until it is done, encrypted with the data-protection keys by the
    // feature that uses it: a transfer's auth code, or a certificate's private key until the
    // certificate that matches it is stored. Cleared when the step is done.
    public string? ProtectedSecret { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? CompletedAt { get; set; }
}
