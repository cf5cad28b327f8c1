using Quartz;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Infrastructure.Jobs;
using RedIt.Portal.Infrastructure.Time;

namespace RedIt.Portal.Features.Billing.Renewals;

public static class RenewalsSetup
{
    public static IServiceCollection AddRenewals(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RenewalOptions>().Bind(configuration.GetSection(RenewalOptions.Section))
            .Validate(o => o.IsValid(), $"{RenewalOptions.Section}: DaysAhead needs 1 to 366 days and Cron a valid Quartz cron.")
            .ValidateOnStart();
        services.AddScoped<ServiceRenewals>();
        services.AddScoped<IProvisioningStepHandler, ExtendServiceStep>();
        AddRenewalJob(services, configuration);
        return services;
    }

    // Read once here, as the other jobs do: the schedule is fixed when the scheduler is built.
    private static void AddRenewalJob(IServiceCollection services, IConfiguration configuration)
    {
        var renewals = configuration.GetSection(RenewalOptions.Section).Get<RenewalOptions>() ?? new RenewalOptions();
        if (renewals.Enabled)
        {
            JobsSetup.RunScheduler(services);
            services.AddQuartz(quartz => quartz.ScheduleJob<InvoiceRenewalsJob>(
                trigger => trigger
                    .WithIdentity(InvoiceRenewalsJob.TriggerKey)
                    .WithCronSchedule(renewals.Cron, schedule => schedule.InTimeZone(AmsterdamTime.Zone)),
                job => job.WithIdentity(InvoiceRenewalsJob.Key).WithDescription("Invoices the renewals of the services that renew soon")));
        }
    }
}
