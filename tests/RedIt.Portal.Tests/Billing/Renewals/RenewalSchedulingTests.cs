using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using RedIt.Portal.Features.Billing.Renewals;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;

namespace RedIt.Portal.Tests.Billing.Renewals;

// A portal of its own with only the renewal job switched on: it alone starts the scheduler.
public sealed class RenewalSchedulePortal : PortalFactory
{
    public const string Cron = "0 30 6 * * ?";

    public RenewalSchedulePortal()
    {
        With("Billing:Renewals:Enabled", "true");
        With("Billing:Renewals:Cron", Cron);
        With("Billing:Renewals:DaysAhead", "25");
        With("Provisioning:WorkerEnabled", "false");
    }
}

[Trait("Policy", "2.4")]
public sealed class RenewalSchedulingTests(RenewalSchedulePortal portal) : IClassFixture<RenewalSchedulePortal>
{
    [Fact]
    public async Task The_renewal_job_is_scheduled_daily_in_Amsterdam_time_never_runs_twice_at_once_and_invoices_what_renews_within_its_days()
    {
        var scheduler = await portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await scheduler.GetMetadata()).RunningSince is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(InvoiceRenewalsJob.TriggerKey));
        Assert.Equal((RenewalSchedulePortal.Cron, "Europe/Amsterdam", InvoiceRenewalsJob.Key), (trigger.CronExpressionString, trigger.TimeZone.Id, trigger.JobKey));
        Assert.True((await scheduler.GetJobDetail(InvoiceRenewalsJob.Key))!.ConcurrentExecutionDisallowed);

        var customer = await BillingWorld.CustomerAsync(portal);
        var hosting = await OrdersWorld.ProductAsync(portal, ProductKind.Hosting, 4.95m);
        var now = DateTime.UtcNow;
        var (inside, outside) = await portal.WithDbAsync(async db =>
        {
            Service Renewing(int days) => new()
            {
                Id = Guid.NewGuid(), CustomerId = customer.Id, ProductId = hosting.Id, Kind = ProductKind.Hosting, Name = $"site-{Guid.NewGuid():N}"[..16] + ".nl",
                Status = ServiceStatus.Active, CreatedAt = now, ActivatedAt = now, RenewsOn = now.AddDays(days),
            };
            var (soon, later) = (Renewing(24), Renewing(26));
            db.AddRange(soon, later);
            await db.SaveChangesAsync();
            return (soon.Id, later.Id);
        });
        await scheduler.TriggerJob(InvoiceRenewalsJob.Key);

        var until = DateTime.UtcNow.AddSeconds(30);
        while (!await portal.WithDbAsync(db => db.Set<ServiceRenewal>().AnyAsync(r => r.ServiceId == inside)))
        {
            Assert.True(DateTime.UtcNow < until, "The job invoiced no renewal.");
            await Task.Delay(100);
        }

        Assert.False(await portal.WithDbAsync(db => db.Set<ServiceRenewal>().AnyAsync(r => r.ServiceId == outside)));
    }

    [Fact]
    public void By_default_renewals_are_invoiced_30_days_ahead_daily_at_6_once_switched_on()
    {
        var options = new RenewalOptions();
        Assert.Equal((false, 30, "0 0 6 * * ?"), (options.Enabled, options.DaysAhead, options.Cron));
        Assert.True(options.IsValid());
        Assert.False(new RenewalOptions { DaysAhead = 0 }.IsValid());
        Assert.False(new RenewalOptions { Cron = "every morning" }.IsValid());
    }

    [Fact]
    public async Task Switched_off_there_is_no_job()
    {
        await using var off = new PortalFactory();
        var scheduler = await off.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.Null(await scheduler.GetTrigger(InvoiceRenewalsJob.TriggerKey));
        Assert.Null(await scheduler.GetJobDetail(InvoiceRenewalsJob.Key));
    }
}
