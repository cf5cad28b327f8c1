using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.Accounts.Sessions;

// Starts, checks and ends the server side of sign-in sessions. Ending is set-based, so a new
// password ends every other session at once, however many there are.
public sealed class SessionStore(PortalDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<UserSession> StartAsync(Guid userId, bool isStaff, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var session = new UserSession
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            StartedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + SessionLimits.Absolute,
            IdleMinutes = (int)(isStaff ? SessionLimits.StaffIdle : SessionLimits.CustomerIdle).TotalMinutes,
            PasswordConfirmedAt = now,
        };
        db.Set<UserSession>().Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session;
    }

    // The session if it still lets its holder in; an expired or idle one is ended on the way.
    public async Task<UserSession?> ValidateAsync(Guid sessionId, Guid userId, CancellationToken cancellationToken = default)
    {
        var session = await db.Set<UserSession>().AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == sessionId && s.UserId == userId, cancellationToken);
        if (session is null || session.EndedAt is not null)
        {
            return null;
        }

        var now = Now;
        var end = now >= session.ExpiresAt ? SessionEnd.Expired
            : now - session.LastSeenAt >= TimeSpan.FromMinutes(session.IdleMinutes) ? SessionEnd.IdleTooLong
            : (SessionEnd?)null;
        if (end is { } reason)
        {
            await EndAsync(session.Id, reason, cancellationToken);
            return null;
        }

        if (now - session.LastSeenAt >= SessionLimits.LastSeenPrecision)
        {
            await db.Set<UserSession>().Where(s => s.Id == session.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
            session.LastSeenAt = now;
        }

        return session;
    }

    public Task<int> EndAsync(Guid sessionId, SessionEnd reason, CancellationToken cancellationToken = default)
    {
        var now = Now;
        return db.Set<UserSession>().Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason), cancellationToken);
    }

    // Every session of the person except the one they are using (none, for a reset by mail).
    public Task<int> EndAllAsync(Guid userId, SessionEnd reason, Guid? except = null, CancellationToken cancellationToken = default)
    {
        var now = Now;
        return db.Set<UserSession>().Where(s => s.UserId == userId && s.EndedAt == null && s.Id != except)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason), cancellationToken);
    }

    public Task<int> ConfirmPasswordAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        var now = Now;
        return db.Set<UserSession>().Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PasswordConfirmedAt, now), cancellationToken);
    }

    public bool PasswordIsRecent(UserSession session) => Now - session.PasswordConfirmedAt <= SessionLimits.RecentPassword;
}
