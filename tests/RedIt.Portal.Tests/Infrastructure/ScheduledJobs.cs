using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace RedIt.Portal.Tests.Infrastructure;

// What every job switched on promises: the scheduler runs, the job's trigger has the configured
// cron in UTC, and a slow run never overlaps the next.
public static class ScheduledJobs
{
    public static async Task AssertCronInUtcAsync(PortalFactory portal, TriggerKey triggerKey, JobKey jobKey, string cron)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var scheduler = await portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        // The hosted service starts the scheduler beside the first requests; on a PostgreSQL cluster
        // that takes a moment longer.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await scheduler.GetMetadata()).RunningSince is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.NotNull((await scheduler.GetMetadata()).RunningSince);
        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(triggerKey));
        Assert.Equal((cron, TimeZoneInfo.Utc.Id, jobKey), (trigger.CronExpressionString, trigger.TimeZone.Id, trigger.JobKey));
        var job = await scheduler.GetJobDetail(jobKey);
        Assert.NotNull(job);
        Assert.True(job.ConcurrentExecutionDisallowed);
    }
}
