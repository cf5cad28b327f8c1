using Microsoft.EntityFrameworkCore;

namespace RedIt.Portal.Data.Numbers;

// Hands out the next number of a series without gaps or doubles, also with several instances at
// once: the increment locks the series' row until the caller's transaction ends, so a second
// caller waits for the first and then sees its number. A transaction that rolls back gives its
// number back. Call it inside the transaction that stores what the number is for.
public sealed class NumberSequences(PortalDbContext db)
{
    public async Task<long> NextAsync(string series, long first, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(series);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A number is taken inside the transaction that uses it, or a rollback would leave a gap.");
        }

        var sequences = db.Set<NumberSequence>();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var updated = await sequences.Where(s => s.Name == series)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastValue, x => x.LastValue + 1), cancellationToken);
            if (updated == 1)
            {
                return await sequences.Where(s => s.Name == series).Select(s => s.LastValue).SingleAsync(cancellationToken);
            }

            // The first number of a new series. When two callers both get here, the insert of
            // one waits for the other's and then does nothing: it takes the increment above on
            // its second attempt.
            var inserted = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"NumberSequence\" (\"Name\", \"LastValue\") VALUES ({series}, {first}) ON CONFLICT (\"Name\") DO NOTHING",
                cancellationToken);
            if (inserted == 1)
            {
                return first;
            }
        }

        throw new InvalidOperationException($"The number series {series} could neither be started nor continued.");
    }
}
