using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using RedIt.Portal.Features.Billing;
using RedIt.Portal.Features.Billing.Collection;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Billing.Collection;

// A portal of its own with only the reminder job switched on: it alone starts the scheduler.
public sealed class ReminderSchedulePortal : PortalFactory
{
    public const string Cron = "0 15 9 * * ?";

    public ReminderSchedulePortal()
    {
        With("Billing:Reminders:Enabled", "true");
        With("Billing:Reminders:Cron", Cron);
    }
}

[Trait("Policy", "2.4")]
public sealed class ReminderSchedulingTests(ReminderSchedulePortal portal) : IClassFixture<ReminderSchedulePortal>
{
    [Fact]
    public async Task The_reminder_job_is_scheduled_daily_in_Amsterdam_time_never_runs_twice_at_once_and_sends_what_is_due()
    {
        var scheduler = await portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await scheduler.GetMetadata()).RunningSince is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(SendInvoiceRemindersJob.TriggerKey));
        Assert.Equal((ReminderSchedulePortal.Cron, "Europe/Amsterdam", SendInvoiceRemindersJob.Key), (trigger.CronExpressionString, trigger.TimeZone.Id, trigger.JobKey));
        Assert.True((await scheduler.GetJobDetail(SendInvoiceRemindersJob.Key))!.ConcurrentExecutionDisallowed);

        var customer = await BillingWorld.CustomerAsync(portal);
        var invoice = await BillingWorld.IssueAsync(portal, customer.Id, ("Web hosting", 1, 10m));
        var today = InvoiceTexts.Today(TimeProvider.System);
        await portal.WithDbAsync(db => db.Set<Invoice>().Where(i => i.Id == invoice.Id).ExecuteUpdateAsync(i => i.SetProperty(x => x.DueOn, today.AddDays(-8))));
        await scheduler.TriggerJob(SendInvoiceRemindersJob.Key);

        var until = DateTime.UtcNow.AddSeconds(30);
        while (!await portal.WithDbAsync(db => db.Set<InvoiceCommunication>().AnyAsync(c => c.InvoiceId == invoice.Id)))
        {
            Assert.True(DateTime.UtcNow < until, "The job sent no reminder.");
            await Task.Delay(100);
        }

        Assert.Equal(InvoiceCommunicationKind.Reminder1, (await portal.WithDbAsync(db => db.Set<InvoiceCommunication>().SingleAsync(c => c.InvoiceId == invoice.Id))).Kind);
    }

    [Fact]
    public void By_default_reminders_come_7_and_21_days_after_the_due_date_the_letter_7_days_later_daily_at_9_once_switched_on()
    {
        var options = new ReminderOptions();
        Assert.Equal([7, 21], options.ReminderDays);
        Assert.Equal(7, options.LetterDaysAfterLastReminder);
        Assert.Equal("0 0 9 * * ?", options.Cron);
        Assert.False(options.Enabled);
        Assert.True(options.IsValid());
        Assert.False(new ReminderOptions { DaysAfterDue = [21, 7] }.IsValid());
        Assert.False(new ReminderOptions { DaysAfterDue = [0, 7] }.IsValid());
        Assert.False(new ReminderOptions { DaysAfterDue = [7, 14, 21, 28] }.IsValid());
        Assert.False(new ReminderOptions { Cron = "every day" }.IsValid());
        Assert.True(new ReminderOptions { DaysAfterDue = [10] }.IsValid());
    }

    [Fact]
    public async Task Switched_off_there_is_no_job()
    {
        await using var off = new PortalFactory();
        var scheduler = await off.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.Null(await scheduler.GetTrigger(SendInvoiceRemindersJob.TriggerKey));
        Assert.Null(await scheduler.GetJobDetail(SendInvoiceRemindersJob.Key));
    }
}

// The schedule alone: which step is next and on which day, for settings other than the defaults.
[Trait("Policy", "2.4")]
public sealed class ReminderScheduleTests
{
    private static readonly DateOnly Due = new(2031, 1, 10);

    [Fact]
    public void Three_reminders_then_the_letter_for_a_private_customer_and_nothing_after_the_last_reminder_for_a_business()
    {
        var options = new ReminderOptions { DaysAfterDue = [5, 12, 30], LetterDaysAfterLastReminder = 3 };
        var sent = new Dictionary<InvoiceCommunicationKind, DateOnly>();
        Assert.Equal((InvoiceCommunicationKind.Reminder1, Due.AddDays(5)), Step(ReminderSchedule.Next(Due, business: false, sent, options)));
        sent[InvoiceCommunicationKind.Reminder1] = Due.AddDays(5);
        Assert.Equal((InvoiceCommunicationKind.Reminder2, Due.AddDays(12)), Step(ReminderSchedule.Next(Due, business: false, sent, options)));
        sent[InvoiceCommunicationKind.Reminder2] = Due.AddDays(12);
        var third = ReminderSchedule.Next(Due, business: true, sent, options)!;
        Assert.Equal((InvoiceCommunicationKind.Reminder3, Due.AddDays(30), true), (third.Kind, third.DueOn, third.Final));
        Assert.False(ReminderSchedule.Next(Due, business: false, sent, options)!.Final);
        sent[InvoiceCommunicationKind.Reminder3] = Due.AddDays(31);
        var letter = ReminderSchedule.Next(Due, business: false, sent, options)!;
        Assert.Equal((InvoiceCommunicationKind.FourteenDayLetter, Due.AddDays(34), true), (letter.Kind, letter.DueOn, letter.Final));
        Assert.Null(ReminderSchedule.Next(Due, business: true, sent, options));
        sent[InvoiceCommunicationKind.FourteenDayLetter] = Due.AddDays(34);
        Assert.Null(ReminderSchedule.Next(Due, business: false, sent, options));
    }

    private static (InvoiceCommunicationKind, DateOnly) Step(ReminderStep? step) => (step!.Kind, step.DueOn);
}
