namespace RedIt.Portal.Features.Services;

// A "limit nearly reached" mail that was sent (2.8). Unique per service, metric, threshold and
// period, so a platform reporting every minute still causes one mail per threshold per month.
public class UsageAlert
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public Service Service { get; set; } = null!;

    public UsageMetric Metric { get; set; }

    public int ThresholdPercent { get; set; }

    // The month the usage counts in, e.g. "2026-12".
    public string Period { get; set; } = "";

    public DateTime SentAt { get; set; }
}
