namespace RedIt.Portal.Features.AccountRecovery;

// A copy of an identity document or a KvK extract. The content is encrypted with the portal's
// data-protection keys before it is stored; only RecoveryCases reads it back.
public class RecoveryDocument
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public RecoveryCase Case { get; set; } = null!;

    public RecoveryDocumentKind Kind { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long SizeBytes { get; set; }

    public byte[] EncryptedContent { get; set; } = [];

    public DateTime UploadedAt { get; set; }
}
