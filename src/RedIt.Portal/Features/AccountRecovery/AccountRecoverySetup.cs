using Quartz;
using RedIt.Portal.Infrastructure.Jobs;

namespace RedIt.Portal.Features.AccountRecovery;

public static class AccountRecoverySetup
{
    public static IServiceCollection AddAccountRecovery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RecoveryOptions>()
            .Bind(configuration.GetSection(RecoveryOptions.Section))
            .Validate(o => o.MaxFileBytes > 0 && o.MaxCaseBytes >= o.MaxFileBytes, $"{RecoveryOptions.Section}:MaxFileBytes must be at least 1 and at most MaxCaseBytes.")
            .Validate(o => o.MaxDirectors >= 2, $"{RecoveryOptions.Section}:MaxDirectors must be at least 2.")
            .Validate(o => o.ConfirmationLinkHours > 0, $"{RecoveryOptions.Section}:ConfirmationLinkHours must be at least 1.")
            .Validate(o => o.AbandonAfterDays is >= 1 and <= 30, $"{RecoveryOptions.Section}:AbandonAfterDays must be from 1 to 30 (the documents are kept 30 days at most).")
            .ValidateOnStart();
        services.AddScoped<RecoveryCases>();
        services.AddScoped<RecoveryMails>();
        services.AddScoped<RecoveryRequests>();
        services.AddScoped<RecoveryUploadLimit>();
        services.AddScoped<Desk.RecoveryDesk>();
        services.AddSingleton<Desk.RecoveryWatermark>();
        services.AddScoped<AbandonedRecoveries>();

        // Read once here, as the other jobs do: the schedule is fixed when the scheduler is built.
        var recovery = configuration.GetSection(RecoveryOptions.Section).Get<RecoveryOptions>() ?? new RecoveryOptions();
        if (recovery.AbandonEnabled)
        {
            JobsSetup.RunScheduler(services);
            services.AddQuartz(quartz => quartz.ScheduleJob<AbandonRecoveryCasesJob>(
                trigger => trigger
                    .WithIdentity(AbandonRecoveryCasesJob.TriggerKey)
                    .WithCronSchedule(recovery.AbandonCron, schedule => schedule.InTimeZone(TimeZoneInfo.Utc)),
                job => job.WithIdentity(AbandonRecoveryCasesJob.Key).WithDescription("Deletes the documents of recovery cases nobody decided in time")));
        }

        return services;
    }
}
