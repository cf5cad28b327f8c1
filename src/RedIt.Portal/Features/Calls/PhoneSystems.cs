using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Calls;

// The phone systems allowed to use the phone API, kept by Admin. A key is made here, shown once
// and forgotten: only its hash and prefix are stored.
public sealed class PhoneSystems(PortalDbContext db, AuditLogger audit, TimeProvider clock)
{
    public Task<Paged<PhoneSystem>> PageAsync(int page, CancellationToken cancellationToken = default) =>
        db.Set<PhoneSystem>().AsNoTracking()
            .OrderBy(s => s.RevokedAt != null)
            .ThenByDescending(s => s.CreatedAt)
            .ThenBy(s => s.Id)
            .ToPagedAsync(page, cancellationToken: cancellationToken);

    public Task<PhoneSystem?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<PhoneSystem>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    // The key is returned to be shown once; it cannot be read back later.
    public async Task<(PhoneSystem System, string Key)> CreateAsync(string name, string? key = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        key ??= PhoneSystemKeys.New();
        var system = new PhoneSystem
        {
            Id = Guid.NewGuid(),
            Name = name.Trim(),
            KeyPrefix = PhoneSystemKeys.Prefix(key),
            KeyHash = PhoneSystemKeys.Hash(key),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(system);
        audit.Add(AuditAction.PhoneSystemCreated, null, details: $"phone system {system.Id} ({system.KeyPrefix})");
        await db.SaveChangesAsync(cancellationToken);
        return (system, key);
    }

    // Revoking twice changes nothing: the first time counts.
    public async Task RevokeAsync(PhoneSystem system, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        if (system.RevokedAt is not null)
        {
            return;
        }

        system.RevokedAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(AuditAction.PhoneSystemRevoked, null, details: $"phone system {system.Id} ({system.KeyPrefix})");
        await db.SaveChangesAsync(cancellationToken);
    }
}
