using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;

namespace RedIt.Portal.Features.AccountRecovery;

// A case nobody decided within the limit (confirmed or not) is abandoned: its documents are
// deleted the same way a decision deletes them, and the case says so.
public sealed class AbandonedRecoveries(PortalDbContext db, RecoveryCases cases, AuditLogger audit, IOptions<RecoveryOptions> options, TimeProvider clock)
{
    public async Task<int> AbandonAsync(CancellationToken cancellationToken = default)
    {
        var days = options.Value.AbandonAfterDays;
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-days);
        var due = await db.Set<RecoveryCase>().AsNoTracking()
            .Where(c => c.Status == RecoveryCaseStatus.Open && c.OpenedAt <= before)
            .OrderBy(c => c.OpenedAt)
            .Select(c => new { c.Id, c.PersonId })
            .ToListAsync(cancellationToken);
        foreach (var recovery in due)
        {
            audit.Add(AuditAction.RecoveryAbandoned, recovery.PersonId, details: recovery.Id.ToString());
            await cases.CloseAsync(recovery.Id, RecoveryCaseStatus.Abandoned,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"automatically, not decided within {days} days"),
                cancellationToken: cancellationToken);
        }

        return due.Count;
    }
}
