using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Infrastructure.Web;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Retention;

// Runs the retention sweep and records what it did: the scheduled job, the admin page and the
// command all come through here, so every run removes the same things and leaves the same trace.
// A run is the engine's sweep of every declared retention period plus the requests from the
// public form that nobody confirmed in time.
public sealed class RetentionRuns(
    PortalDbContext db,
    RetentionSweep sweep,
    DataRequestService requests,
    TimeProvider clock,
    ILogger<RetentionRuns> log)
{
    public const string UnconfirmedRequestsKey = "DataSubjectRequest.Unconfirmed";

    private static readonly JsonSerializerOptions _json = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<RetentionSweepRun> RunAsync(bool dryRun, RetentionSweepTrigger trigger, CancellationToken cancellationToken = default)
    {
        var startedAt = clock.GetUtcNow().UtcDateTime;
        var lines = await SweepAsync(startedAt, dryRun, cancellationToken);
        var run = new RetentionSweepRun
        {
            Id = Guid.NewGuid(),
            StartedAt = startedAt,
            FinishedAt = clock.GetUtcNow().UtcDateTime,
            DryRun = dryRun,
            Trigger = trigger,
            TotalRows = lines.Sum(l => l.Rows),
            LinesJson = JsonSerializer.Serialize(lines, _json),
        };
        db.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        log.LogInformation("Retention sweep ({Trigger}, dry run {DryRun}) handled {Rows} rows", trigger, dryRun, run.TotalRows);
        foreach (var failed in lines.Where(l => l.Failure is not null))
        {
            log.LogError("Retention sweep could not sweep {Key}: {Failure}", failed.Key, failed.Failure);
        }

        return run;
    }

    // What a run would remove now, counted without recording a run: opening a page changes nothing.
    public Task<IReadOnlyList<RetentionSweepRunLine>> PreviewAsync(CancellationToken cancellationToken = default) =>
        SweepAsync(clock.GetUtcNow().UtcDateTime, dryRun: true, cancellationToken);

    public Task<Paged<RetentionSweepRun>> PageAsync(int page, int pageSize, CancellationToken cancellationToken = default) =>
        db.Set<RetentionSweepRun>()
            .AsNoTracking()
            .OrderByDescending(r => r.StartedAt)
            .ThenBy(r => r.Id)
            .ToPagedAsync(page, pageSize, cancellationToken);

    public Task<RetentionSweepRun?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<RetentionSweepRun>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public static IReadOnlyList<RetentionSweepRunLine> Lines(RetentionSweepRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return JsonSerializer.Deserialize<RetentionSweepRunLine[]>(run.LinesJson, _json) ?? [];
    }

    private async Task<IReadOnlyList<RetentionSweepRunLine>> SweepAsync(DateTime now, bool dryRun, CancellationToken cancellationToken)
    {
        var report = await sweep.RunAsync(now, dryRun, cancellationToken: cancellationToken);
        var lines = report.Lines.Select(l => new RetentionSweepRunLine(l.Key, l.Category, l.Action, l.Cutoff, l.Rows, l.Failure)).ToList();
        lines.Add(await PurgeUnconfirmedAsync(now, dryRun, cancellationToken));
        return lines;
    }

    private async Task<RetentionSweepRunLine> PurgeUnconfirmedAsync(DateTime now, bool dryRun, CancellationToken cancellationToken)
    {
        const string category = "Unconfirmed requests from the public form";
        var cutoff = DataRequestService.UnconfirmedCutoff(now);
        try
        {
            var rows = await requests.PurgeUnconfirmedAsync(now, dryRun, cancellationToken);
            return new RetentionSweepRunLine(UnconfirmedRequestsKey, category, Erasure.Delete, cutoff, rows);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // Like a table the engine could not sweep: recorded as failed, and the run is still saved.
            return new RetentionSweepRunLine(UnconfirmedRequestsKey, category, Erasure.Delete, cutoff, 0, failure.GetType().Name);
        }
    }
}
