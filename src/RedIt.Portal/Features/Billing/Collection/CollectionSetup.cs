using Microsoft.Extensions.Options;
using Quartz;
using RedIt.Portal.Features.Billing.Collection.DasIncasso;
using RedIt.Portal.Infrastructure.Jobs;
using RedIt.Portal.Infrastructure.Time;

namespace RedIt.Portal.Features.Billing.Collection;

public static class CollectionSetup
{
    public static IServiceCollection AddCollection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section))
            .Validate(o => o.IsValid(), $"{ReminderOptions.Section}: DaysAfterDue needs one to {ReminderOptions.MaxReminders} rising days of at least 1, LetterDaysAfterLastReminder at least 1 and Cron a valid Quartz cron.")
            .ValidateOnStart();
        services.AddScoped<ReminderMails>();
        services.AddScoped<InvoiceReminders>();
        services.AddScoped<CollectionDesk>();
        services.AddScoped<ClaimDesk>();
        AddDasIncasso(services, configuration);
        AddReminderJob(services, configuration);
        return services;
    }

    private static void AddDasIncasso(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DasIncassoOptions>().Bind(configuration.GetSection(DasIncassoOptions.Section));
        services.AddHttpClient<ICollectionAgency, DasIncassoClient>((provider, http) =>
            {
                var options = provider.GetRequiredService<IOptions<DasIncassoOptions>>().Value;
                var baseUrl = options.Simulate ? DasIncassoSimulator.BaseUrl : options.BaseUrl;
                // Without an address the client refuses before anything leaves.
                if (!string.IsNullOrWhiteSpace(baseUrl))
                {
                    http.BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/");
                }

                http.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
                http.DefaultRequestHeaders.UserAgent.ParseAdd("RedIt.Portal/1.0");
            })
            // The factory's request log would write every URL; the client logs what matters itself.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(provider =>
                provider.GetRequiredService<IOptions<DasIncassoOptions>>().Value.Simulate ? provider.GetRequiredService<DasIncassoSimulator>() : new HttpClientHandler());
        // One simulator for the application, so a reference sent again is known.
        services.AddSingleton<DasIncassoSimulator>();
    }

    // Read once here, as the other jobs do: the schedule is fixed when the scheduler is built.
    private static void AddReminderJob(IServiceCollection services, IConfiguration configuration)
    {
        var reminders = configuration.GetSection(ReminderOptions.Section).Get<ReminderOptions>() ?? new ReminderOptions();
        if (reminders.Enabled)
        {
            JobsSetup.RunScheduler(services);
            services.AddQuartz(quartz => quartz.ScheduleJob<SendInvoiceRemindersJob>(
                trigger => trigger
                    .WithIdentity(SendInvoiceRemindersJob.TriggerKey)
                    .WithCronSchedule(reminders.Cron, schedule => schedule.InTimeZone(AmsterdamTime.Zone)),
                job => job.WithIdentity(SendInvoiceRemindersJob.Key).WithDescription("Sends the reminders and 14-day letters of overdue invoices")));
        }
    }
}
