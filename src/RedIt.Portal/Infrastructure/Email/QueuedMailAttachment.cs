namespace RedIt.Portal.Infrastructure.Email;

// A file that goes with a queued mail, encrypted like every stored file; it is deleted with its
// mail once the mail server accepted it.
public class QueuedMailAttachment
{
    public Guid Id { get; set; }

    public Guid MailId { get; set; }

    public QueuedMail Mail { get; set; } = null!;

    // The order in the mail.
    public int Position { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public byte[] EncryptedContent { get; set; } = [];
}
