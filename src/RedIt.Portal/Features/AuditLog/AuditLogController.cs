using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.AuditLog;

[Authorize(Roles = PortalRoles.Admin)]
[Route("admin/audit-log")]
// Pages and files here hold someone's personal data: no browser or proxy may keep a copy.
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AuditLogController(PortalDbContext db, AuditLogger audit) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? person, int page = 1)
    {
        var query = db.Set<AuditLogEntry>().AsNoTracking();
        Guid? personId = null;
        var invalidFilter = false;
        if (!string.IsNullOrWhiteSpace(person))
        {
            if (Guid.TryParse(person.Trim(), out var id))
            {
                personId = id;
                query = query.Where(e => e.SubjectPersonId == id);
            }
            else
            {
                invalidFilter = true;
            }
        }

        var entries = invalidFilter
            ? new Paged<AuditLogEntry>([], 1, PageSize, 0)
            : await query.OrderByDescending(e => e.At).ThenBy(e => e.Id).ToPagedAsync(page, PageSize, HttpContext.RequestAborted);

        // Reading the log shows whose data staff touched, so that reading is logged too.
        await audit.RecordAsync(AuditAction.AuditLogViewed, personId, details: personId is null ? "all entries" : "filtered by person");
        return View(new AuditLogView(entries, person?.Trim(), invalidFilter));
    }
}
