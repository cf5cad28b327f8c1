namespace RedIt.Portal.Features.Calls;

// The audio of a call through the service number. The content is encrypted with the portal's
// data-protection keys before it is stored, never kept as a file on disk.
public class CallRecording
{
    public Guid Id { get; set; }

    public Guid CallRecordId { get; set; }

    public CallRecord Call { get; set; } = null!;

    public string ContentType { get; set; } = "";

    public long SizeBytes { get; set; }

    public byte[] EncryptedContent { get; set; } = [];

    public DateTime RecordedAt { get; set; }
}
