namespace RedIt.Portal.Features.Calls;

// One call to or from the service number (1.2), as the phone system reported it; PersonId is set
// when the other party's number belongs to a customer. The recording points back at its call
// rather than the other way round, so neither needs the other to be deleted first.
public class CallRecord
{
    public Guid Id { get; set; }

    public Guid? PersonId { get; set; }

    // The phone system that reported the call; ExternalCallId is unique per system, which makes
    // every call event idempotent.
    public Guid? PhoneSystemId { get; set; }

    public string ExternalCallId { get; set; } = "";

    public CallDirection Direction { get; set; }

    // E.164 where the number could be read, e.g. "+31201234567"; empty when the caller withheld it.
    public string CallerNumber { get; set; } = "";

    public string DialledNumber { get; set; } = "";

    // The extension or name of the employee who answered or made the call.
    public string? Agent { get; set; }

    public CallStatus Status { get; set; }

    // When the call started ringing.
    public DateTime At { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public int? DurationSeconds { get; set; }

    public CallRecording? Recording { get; set; }
}
