using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Data;

namespace RedIt.Benchmarks;

// A production database has had its statistics gathered long ago (autovacuum, or SQLite's
// `PRAGMA optimize` on close); right after a bulk load it has none, and the planner would be
// judged on guesses rather than on the queries.
internal static class PortalDatabaseStatistics
{
    public static async Task RefreshAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        // The same statement on both databases.
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }
}
