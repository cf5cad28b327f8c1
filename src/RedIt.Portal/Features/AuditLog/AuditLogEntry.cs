namespace RedIt.Portal.Features.AuditLog;

// Who did what to whose personal data, and when. Only ids: the entry must stay readable as
// proof after the person's own data has been erased.
public class AuditLogEntry
{
    public Guid Id { get; set; }

    public DateTime At { get; set; }

    // Null when the person acted without signing in, e.g. confirming a request from a mailed link.
    public Guid? ActorUserId { get; set; }

    public AuditAction Action { get; set; }

    public Guid? SubjectPersonId { get; set; }

    public string Details { get; set; } = "";

    // The data-subject request the action belongs to, if any.
    public Guid? RequestId { get; set; }
}
