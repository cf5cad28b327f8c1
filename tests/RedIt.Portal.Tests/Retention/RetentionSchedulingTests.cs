using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Features.Retention;
using RedIt.Portal.Infrastructure.Jobs;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Retention;

[Trait("Policy", "6")]
public sealed class RetentionSchedulingTests(SchedulingPortalFactory portal) : IClassFixture<SchedulingPortalFactory>
{
    [Fact]
    public async Task The_nightly_sweep_is_stored_in_the_database_job_store_with_the_configured_cron()
    {
        var scheduler = await portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(RetentionSweepJob.TriggerKey));
        Assert.Equal(SchedulingPortalFactory.Cron, trigger.CronExpressionString);
        Assert.Equal(TimeZoneInfo.Utc.Id, trigger.TimeZone.Id);
        Assert.Equal(RetentionSweepJob.Key, trigger.JobKey);
        var job = await scheduler.GetJobDetail(RetentionSweepJob.Key);
        Assert.NotNull(job);
        Assert.True(job.ConcurrentExecutionDisallowed);
        Assert.True((await scheduler.GetMetadata()).JobStorePersistent);
        Assert.Equal(PortalFactory.DatabaseProvider == "PostgreSql", (await scheduler.GetMetadata()).JobStoreClustered);
        // In a cluster each node generates an id of its own, so the nodes can tell each other apart.
        Assert.Equal(PortalFactory.DatabaseProvider != "PostgreSql", scheduler.SchedulerInstanceId == "NON_CLUSTERED");

        var stored = await portal.WithDbAsync(db => DatabaseScan.FindAsync(db, [SchedulingPortalFactory.Cron]));
        Assert.Contains(stored, h => h.Table.Equals("qrtz_cron_triggers", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_retention_page_shows_the_schedule_the_scheduler_uses()
    {
        var admin = await People.SignedInStaffAsync(portal);
        var page = await admin.GetAsync("/admin/retention");
        Assert.Contains("Schedule (cron, UTC): " + SchedulingPortalFactory.Cron, page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_job_runs_the_sweep_and_records_the_run()
    {
        var scheduler = await portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotNull((await scheduler.GetMetadata()).RunningSince);
        var before = DateTime.UtcNow;
        var unconfirmed = new DataSubjectRequest
        {
            Kind = DataRequestKind.Access,
            RequesterName = "Nobody Confirmed",
            RequesterEmail = People.NewEmail("unconfirmed"),
            ReceivedAt = before.AddDays(-8),
            DueAt = before.AddDays(-8).AddMonths(1),
            Status = DataRequestStatus.AwaitingConfirmation,
        };
        await portal.WithDbAsync(db =>
        {
            db.Add(unconfirmed);
            return db.SaveChangesAsync();
        });
        await scheduler.TriggerJob(RetentionSweepJob.Key);

        RetentionSweepRun? run = null;
        for (var i = 0; i < 150 && run is null; i++)
        {
            await Task.Delay(200);
            run = await portal.WithDbAsync(db => db.Set<RetentionSweepRun>().AsNoTracking()
                .Where(r => r.Trigger == RetentionSweepTrigger.Schedule && r.StartedAt >= before.AddSeconds(-1))
                .FirstOrDefaultAsync());
        }

        Assert.NotNull(run);
        Assert.False(run.DryRun);
        Assert.NotEmpty(RetentionRuns.Lines(run));
        Assert.All(RetentionRuns.Lines(run), line => Assert.Null(line.Failure));

        // In the same run, unconfirmed requests from the public form older than a week are gone.
        Assert.Contains(RetentionRuns.Lines(run), line => line.Key == RetentionRuns.UnconfirmedRequestsKey && line.Rows >= 1);
        Assert.False(await portal.WithDbAsync(db => db.Set<DataSubjectRequest>().AnyAsync(r => r.Id == unconfirmed.Id)));
    }
}

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "6")]
public sealed class JobStoreSchemaTests(PortalFactory portal)
{
    [Fact]
    public async Task Migrate_creates_the_job_store_tables_and_running_it_again_changes_nothing()
    {
        var tables = await portal.WithDbAsync(DatabaseScan.TablesAsync);
        var names = tables.Select(t => t.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        Assert.All(JobStoreSchema.Tables, table => Assert.Contains(table, names));

        await portal.WithDbAsync(async db =>
        {
            await JobStoreSchema.EnsureCreatedAsync(db);
            return true;
        });
        Assert.Equal(tables.Count, (await portal.WithDbAsync(DatabaseScan.TablesAsync)).Count);
    }
}
