using Microsoft.Data.Sqlite;
using Npgsql;
using Quartz;
using RedIt.Portal.Data;

namespace RedIt.Portal.Infrastructure.Jobs;

// Quartz with its job store in the portal's own database: the schedule survives restarts, and on
// PostgreSQL the instances form a cluster, so a nightly job runs on exactly one of them.
public static class JobsSetup
{
    public const string SchedulerName = "RedIt.Portal";

    public static IServiceCollection AddPortalJobs(this IServiceCollection services, IConfiguration configuration, string contentRoot, bool runScheduler)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerName;
                // Each instance of a cluster needs an id of its own, or Quartz mixes up whose misfires to recover.
                scheduler.GenerateInstanceId = true;
            });
            quartz.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                if (provider == DatabaseProvider.PostgreSql)
                {
                    store.UsePostgres(NpgsqlFactory.Instance, configuration.GetConnectionString("PostgreSQL")
                        ?? throw new InvalidOperationException("Database:Provider is PostgreSQL but ConnectionStrings:PostgreSQL is not set."));
                    store.UseClustering();
                }
                else
                {
                    // SQLite is the single-instance setup (see DatabaseOptions); Quartz locks SQLite with an
                    // in-process semaphore, so a cluster on it would not keep two instances apart anyway.
                    store.UseSqlite(SqliteFactory.Instance, DatabaseSetup.SqliteConnectionString(configuration.GetConnectionString("Sqlite"), contentRoot));
                }
            });
        });

        if (runScheduler)
        {
            RunScheduler(services);
        }

        return services;
    }

    // Each feature with a job switched on asks for the scheduler; it is started once, and not at
    // all when every job is off (as in the tests), so nothing polls the database in the background.
    public static IServiceCollection RunScheduler(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Any(d => d.ServiceType == typeof(SchedulerRuns)))
        {
            services.AddSingleton<SchedulerRuns>();
            services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        }

        return services;
    }

    private sealed class SchedulerRuns;
}
