using System.Security.Claims;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.AuditLog;

// Named apart from its namespace (Features.AuditLog) so other features can use it unqualified.
// Every staff action on personal data leaves one entry. Recording saves the context, so an entry
// is written in the same SaveChanges as the change it documents.
public sealed class AuditLogger(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public AuditLogEntry Add(AuditAction action, Guid? subjectPersonId, Guid? requestId = null, string details = "")
    {
        ArgumentNullException.ThrowIfNull(details);
        var entry = new AuditLogEntry
        {
            Id = Guid.NewGuid(),
            At = clock.GetUtcNow().UtcDateTime,
            ActorUserId = CurrentUserId(),
            Action = action,
            SubjectPersonId = subjectPersonId,
            RequestId = requestId,
            Details = details.Length > AuditLogEntryConfiguration.DetailsLength ? details[..AuditLogEntryConfiguration.DetailsLength] : details,
        };
        db.Set<AuditLogEntry>().Add(entry);
        return entry;
    }

    public async Task RecordAsync(AuditAction action, Guid? subjectPersonId, Guid? requestId = null, string details = "", CancellationToken cancellationToken = default)
    {
        Add(action, subjectPersonId, requestId, details);
        await db.SaveChangesAsync(cancellationToken);
    }

    private Guid? CurrentUserId() =>
        Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
