using Microsoft.Extensions.Configuration;
using RedIt.Privacy;

namespace RedIt.Portal.Tests.Retention;

// The schedule and the switch are read through PrivacyOptions, by the job's registration and by
// the admin page alike, so what the page says is what the scheduler does.
[Trait("Policy", "6")]
public sealed class RetentionOptionsTests
{
    [Fact]
    public void Without_settings_the_sweep_runs_nightly_at_the_default_time()
    {
        var options = Bind([]);
        Assert.True(options.RetentionSweepEnabled);
        Assert.Equal(PrivacyOptions.DefaultRetentionSweepCron, options.RetentionSweepCron);
    }

    [Fact]
    public void The_settings_switch_the_sweep_off_or_move_it_and_an_empty_cron_means_the_default()
    {
        var configured = Bind(new() { ["Privacy:RetentionSweepEnabled"] = "false", ["Privacy:RetentionSweepCron"] = "0 15 2 * * ?" });
        Assert.False(configured.RetentionSweepEnabled);
        Assert.Equal("0 15 2 * * ?", configured.RetentionSweepCron);

        Assert.Equal(PrivacyOptions.DefaultRetentionSweepCron, Bind(new() { ["Privacy:RetentionSweepCron"] = " " }).RetentionSweepCron);
    }

    private static PrivacyOptions Bind(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build()
            .GetSection(PrivacyOptions.SectionName).Get<PrivacyOptions>() ?? new PrivacyOptions();
}
