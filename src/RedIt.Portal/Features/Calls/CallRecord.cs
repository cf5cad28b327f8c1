namespace RedIt.Portal.Features.Calls;

// One call to the service number (1.2); PersonId is set when the number belongs to a customer.
// The recording points back at its call rather than the other way round, so neither needs the
// other to be deleted first.
public class CallRecord
{
    public Guid Id { get; set; }

    public Guid? PersonId { get; set; }

    // E.164, e.g. "+31201234567".
    public string CallerNumber { get; set; } = "";

    public DateTime At { get; set; }

    public CallRecording? Recording { get; set; }
}
