using Quartz;
using RedIt.Portal.Infrastructure.Jobs;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Retention;

public static class RetentionSetup
{
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddScoped<RetentionRuns>();

        // Read once here, because the schedule is fixed when the scheduler is built; the admin page
        // reads the same options through IOptions<PrivacyOptions>.
        var privacy = configuration.GetSection(PrivacyOptions.SectionName).Get<PrivacyOptions>() ?? new PrivacyOptions();

        // With every job off (as in the tests) the scheduler is configured but never started: nothing
        // polls the database in the background. Each other feature with a job asks for it through
        // JobsSetup.RunScheduler; when another job runs it, the sweep's trigger still fires and the
        // job sees it is off.
        services.AddPortalJobs(configuration, contentRoot, runScheduler: privacy.RetentionSweepEnabled);
        services.AddQuartz(quartz => quartz.ScheduleJob<RetentionSweepJob>(
            trigger => trigger
                .WithIdentity(RetentionSweepJob.TriggerKey)
                // In UTC, so the schedule does not depend on the server's time zone or shift with summer time.
                .WithCronSchedule(privacy.RetentionSweepCron, schedule => schedule.InTimeZone(TimeZoneInfo.Utc)),
            job => job.WithIdentity(RetentionSweepJob.Key).WithDescription("Deletes or anonymises personal data whose retention period has ended")));
        return services;
    }
}
