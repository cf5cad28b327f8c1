using Quartz;
using RedIt.Portal.Infrastructure.Jobs;

namespace RedIt.Portal.Features.Retention;

public static class RetentionServices
{
    // Early enough that the night's work is done before anyone starts theirs.
    public const string DefaultCron = "0 30 3 * * ?";

    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddScoped<RetentionRuns>();

        // The sweep is the scheduler's only job, so switching it off (as the tests do) leaves the
        // scheduler configured but never started: nothing polls the database in the background.
        var enabled = configuration.GetValue("Privacy:RetentionSweepEnabled", defaultValue: true);
        var cron = configuration["Privacy:RetentionSweepCron"] is { Length: > 0 } configured ? configured : DefaultCron;
        services.AddPortalJobs(configuration, contentRoot, runScheduler: enabled);
        services.AddQuartz(quartz => quartz.ScheduleJob<RetentionSweepJob>(
            trigger => trigger
                .WithIdentity(RetentionSweepJob.TriggerKey)
                // In UTC, so the schedule does not depend on the server's time zone or shift with summer time.
                .WithCronSchedule(cron, schedule => schedule.InTimeZone(TimeZoneInfo.Utc)),
            job => job.WithIdentity(RetentionSweepJob.Key).WithDescription("Deletes or anonymises personal data whose retention period has ended")));
        return services;
    }
}
