namespace RedIt.Portal.Features.DataRequests;

// A one-time ticket for downloading one's own data export. The ZIP is built when the ticket is
// used, so no copy of the person's data waits on the server.
public class ExportDownload
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    // SHA-256 of the secret in the download form; the secret itself is never stored.
    public string TokenHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }
}
