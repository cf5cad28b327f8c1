using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Retention;

// Runs the retention sweep and records what it did: the scheduled job, the admin page and the
// command all come through here, so every run leaves the same trace.
public sealed class RetentionRuns(PortalDbContext db, RetentionSweep sweep, TimeProvider clock, ILogger<RetentionRuns> log)
{
    private static readonly JsonSerializerOptions _json = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<RetentionSweepRun> RunAsync(bool dryRun, RetentionSweepTrigger trigger, CancellationToken cancellationToken = default)
    {
        var startedAt = clock.GetUtcNow().UtcDateTime;
        var report = await sweep.RunAsync(startedAt, dryRun, cancellationToken: cancellationToken);
        var run = new RetentionSweepRun
        {
            Id = Guid.NewGuid(),
            StartedAt = startedAt,
            FinishedAt = clock.GetUtcNow().UtcDateTime,
            DryRun = dryRun,
            Trigger = trigger,
            TotalRows = report.TotalRows,
            LinesJson = JsonSerializer.Serialize(
                report.Lines.Select(l => new RetentionSweepRunLine(l.Key, l.Category, l.Action, l.Cutoff, l.Rows, l.Failure)).ToArray(), _json),
        };
        db.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        log.LogInformation("Retention sweep ({Trigger}, dry run {DryRun}) handled {Rows} rows", trigger, dryRun, report.TotalRows);
        foreach (var failed in report.Lines.Where(l => l.Failure is not null))
        {
            log.LogError("Retention sweep could not sweep {Key}: {Failure}", failed.Key, failed.Failure);
        }
        return run;
    }

    public async Task<(IReadOnlyList<RetentionSweepRun> Runs, int Total)> PageAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var total = await db.Set<RetentionSweepRun>().CountAsync(cancellationToken);
        var runs = await db.Set<RetentionSweepRun>()
            .AsNoTracking()
            .OrderByDescending(r => r.StartedAt)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return (runs, total);
    }

    public Task<RetentionSweepRun?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<RetentionSweepRun>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public static IReadOnlyList<RetentionSweepRunLine> Lines(RetentionSweepRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return JsonSerializer.Deserialize<RetentionSweepRunLine[]>(run.LinesJson, _json) ?? [];
    }
}
