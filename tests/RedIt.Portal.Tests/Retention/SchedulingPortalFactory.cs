using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Retention;

// A portal of its own with the scheduler running, so the one test class that needs Quartz
// started does not have it polling behind every other test.
public sealed class SchedulingPortalFactory : PortalFactory
{
    public const string Cron = "0 15 2 * * ?";

    public SchedulingPortalFactory()
    {
        With("Privacy:RetentionSweepEnabled", "true");
        With("Privacy:RetentionSweepCron", Cron);
    }
}
