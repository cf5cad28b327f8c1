using RedIt.Portal.Features.Certificates.Acme;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Certificates;

// A portal of its own with only the renewal job switched on: it alone starts the scheduler.
public sealed class RenewalSchedulePortal : PortalFactory
{
    public const string Cron = "0 7 3 * * ?";

    public RenewalSchedulePortal()
    {
        With("Acme:RenewalEnabled", "true");
        With("Acme:RenewalCron", Cron);
    }
}

[Trait("Policy", "2.3")]
public sealed class LetsEncryptRenewalSchedulingTests(RenewalSchedulePortal portal) : IClassFixture<RenewalSchedulePortal>
{
    [Fact]
    public async Task The_renewal_job_is_scheduled_daily_in_UTC_and_never_runs_twice_at_once()
    {
        await ScheduledJobs.AssertCronInUtcAsync(portal, RenewLetsEncryptCertificatesJob.TriggerKey, RenewLetsEncryptCertificatesJob.Key, RenewalSchedulePortal.Cron);
    }

    [Fact]
    public void By_default_a_certificate_is_renewed_thirty_days_before_it_expires_by_a_daily_job()
    {
        var options = new AcmeOptions();
        Assert.Equal(30, options.RenewBeforeDays);
        Assert.True(options.RenewalEnabled);
        Assert.Equal("0 23 4 * * ?", options.RenewalCron);
    }
}
