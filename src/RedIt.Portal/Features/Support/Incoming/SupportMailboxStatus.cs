using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.Support.Incoming;

// Whether the support mailbox can be read, for the admin start page: in the database (MailboxHealth),
// since any instance may run the import and any other may show the page. Whether a run waits in
// IDLE is this instance's own business and stays in memory.
public sealed class SupportMailboxStatus(IServiceScopeFactory scopes)
{
    public const string Mailbox = "support";

    private readonly Lock _lock = new();
    private DateTime? _idlingSince;

    // Since when the fetch waits connected in IDLE for new mail; empty while it polls or is between runs.
    public DateTime? IdlingSince
    {
        get { lock (_lock) { return _idlingSince; } }
    }

    public void Idling(DateTime since)
    {
        lock (_lock)
        {
            _idlingSince = since;
        }
    }

    public void StoppedIdling()
    {
        lock (_lock)
        {
            _idlingSince = null;
        }
    }

    public static Task<MailboxHealth?> ReadAsync(PortalDbContext db, CancellationToken cancellationToken = default) =>
        db.Set<MailboxHealth>().AsNoTracking().SingleOrDefaultAsync(h => h.Name == Mailbox, cancellationToken);

    // One statement either way, so two instances reporting at once cannot lose the first failure's time.
    public Task FailedAsync(DateTime at, string error, CancellationToken cancellationToken = default) =>
        WriteAsync(db => db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "MailboxHealth" ("Name", "FailingSince", "LastError") VALUES ({Mailbox}, {at}, {error})
            ON CONFLICT ("Name") DO UPDATE SET "FailingSince" = COALESCE("MailboxHealth"."FailingSince", excluded."FailingSince"), "LastError" = excluded."LastError"
            """,
            cancellationToken));

    public Task SucceededAsync(DateTime at, CancellationToken cancellationToken = default) =>
        WriteAsync(db => db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "MailboxHealth" ("Name", "LastReadAt") VALUES ({Mailbox}, {at})
            ON CONFLICT ("Name") DO UPDATE SET "FailingSince" = NULL, "LastError" = NULL, "LastReadAt" = excluded."LastReadAt"
            """,
            cancellationToken));

    private async Task WriteAsync(Func<PortalDbContext, Task<int>> write)
    {
        await using var scope = scopes.CreateAsyncScope();
        await write(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }
}
