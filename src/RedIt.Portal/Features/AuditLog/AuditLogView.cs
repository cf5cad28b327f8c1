namespace RedIt.Portal.Features.AuditLog;

public sealed record AuditLogView(IReadOnlyList<AuditLogEntry> Entries, int Page, int Total, string? Person, bool InvalidFilter)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page * AuditLogController.PageSize < Total;
}
