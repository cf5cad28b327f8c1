using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Support.Desk;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Support.Desk;

// A portal of its own with only the closing job switched on: it alone starts the scheduler.
public sealed class AutoClosePortal : PortalFactory
{
    public const string Cron = "0 41 * * * ?";

    public AutoClosePortal()
    {
        With("Support:AutoCloseEnabled", "true");
        With("Support:AutoCloseCron", Cron);
    }
}

[Trait("Policy", "2.1")]
public sealed class AutoCloseSchedulingTests(AutoClosePortal portal) : IClassFixture<AutoClosePortal>
{
    [Fact]
    public async Task The_closing_job_is_scheduled_hourly_in_UTC_and_never_runs_twice_at_once()
    {
        await ScheduledJobs.AssertCronInUtcAsync(portal, CloseWaitingTicketsJob.TriggerKey, CloseWaitingTicketsJob.Key, AutoClosePortal.Cron);
    }

    [Fact]
    public void By_default_the_job_is_on_and_closes_after_fourteen_days()
    {
        var options = new SupportOptions();
        Assert.True(options.AutoCloseEnabled);
        Assert.Equal(14, options.CloseWaitingAfterDays);
        Assert.Equal("0 17 * * * ?", options.AutoCloseCron);
    }
}
