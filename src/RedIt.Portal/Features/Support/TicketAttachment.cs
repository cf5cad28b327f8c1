namespace RedIt.Portal.Features.Support;

// A file that came with a message: uploaded on the contact form or in a portal reply, or attached
// to a mail the import fetched. The content is encrypted with the portal's data-protection keys
// before it is stored, so it lives in the database, never in the web root, and is unreadable there.
public class TicketAttachment
{
    public Guid Id { get; set; }

    public Guid MessageId { get; set; }

    public TicketMessage Message { get; set; } = null!;

    // As the sender named it, cleaned of any path; only ever offered as a download name.
    public string FileName { get; set; } = "";

    // Decided from the first bytes of the content, never from the sender's claim.
    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public byte[] EncryptedContent { get; set; } = [];

    public DateTime UploadedAt { get; set; }
}
