using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.AuditLog;

public sealed record AuditLogView(Paged<AuditLogEntry> Entries, string? Person, bool InvalidFilter);
