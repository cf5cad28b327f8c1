namespace RedIt.Portal.Features.Calls;

public class CallRecording
{
    public Guid Id { get; set; }

    public Guid CallRecordId { get; set; }

    public CallRecord Call { get; set; } = null!;

    public string ContentType { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTime RecordedAt { get; set; }
}
