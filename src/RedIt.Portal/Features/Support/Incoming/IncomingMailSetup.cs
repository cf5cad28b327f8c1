using Quartz;
using RedIt.Portal.Infrastructure.Jobs;

namespace RedIt.Portal.Features.Support.Incoming;

public static class IncomingMailSetup
{
    public static IServiceCollection AddIncomingMail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SupportMailboxOptions>().Bind(configuration.GetSection(SupportMailboxOptions.Section));
        services.AddSingleton<SupportMailboxStatus>();
        services.AddSingleton<SupportMailFetcher>();
        services.AddScoped<SupportMailImport>();

        var mailbox = configuration.GetSection(SupportMailboxOptions.Section).Get<SupportMailboxOptions>() ?? new SupportMailboxOptions();
        if (mailbox.Enabled)
        {
            JobsSetup.RunScheduler(services);
            services.AddQuartz(quartz => quartz.ScheduleJob<SupportMailJob>(
                trigger => trigger
                    .WithIdentity(SupportMailJob.TriggerKey)
                    .StartNow()
                    .WithSimpleSchedule(schedule => schedule.WithInterval(TimeSpan.FromSeconds(Math.Max(5, mailbox.PollSeconds))).RepeatForever()),
                job => job.WithIdentity(SupportMailJob.Key).WithDescription("Imports the mail in the support mailbox into tickets")));
        }

        return services;
    }
}
