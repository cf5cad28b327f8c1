using MimeKit;
using Quartz;
using RedIt.Portal.Infrastructure.Jobs;

namespace RedIt.Portal.Features.Support.Desk;

public static class DeskSetup
{
    public static IServiceCollection AddSupportDesk(this IServiceCollection services, IConfiguration configuration)
    {
        // Checked at start: a bad address would otherwise fail every reply in the outbox, unseen.
        services.AddOptions<SupportOptions>()
            .Bind(configuration.GetSection(SupportOptions.Section))
            .Validate(
                support => string.IsNullOrWhiteSpace(support.ReplyAddress) || MailboxAddress.TryParse(support.ReplyAddress.Trim(), out _),
                $"{SupportOptions.Section}:ReplyAddress must be an e-mail address (or empty).")
            .Validate(support => support.CloseWaitingAfterDays > 0, $"{SupportOptions.Section}:CloseWaitingAfterDays must be at least 1.")
            .ValidateOnStart();
        services.AddScoped<DeskScope>();
        services.AddScoped<DeskMails>();
        services.AddScoped<TicketDesk>();
        services.AddScoped<WaitingTickets>();

        // Read once here, as the retention sweep does: the schedule is fixed when the scheduler is built.
        var support = configuration.GetSection(SupportOptions.Section).Get<SupportOptions>() ?? new SupportOptions();
        if (support.AutoCloseEnabled)
        {
            JobsSetup.RunScheduler(services);
            services.AddQuartz(quartz => quartz.ScheduleJob<CloseWaitingTicketsJob>(
                trigger => trigger
                    .WithIdentity(CloseWaitingTicketsJob.TriggerKey)
                    .WithCronSchedule(support.AutoCloseCron, schedule => schedule.InTimeZone(TimeZoneInfo.Utc)),
                job => job.WithIdentity(CloseWaitingTicketsJob.Key).WithDescription("Closes tickets that waited too long for the customer's answer")));
        }
        return services;
    }
}
