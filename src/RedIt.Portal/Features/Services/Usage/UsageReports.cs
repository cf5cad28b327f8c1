using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RedIt.Portal.Data;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Infrastructure.Email;

namespace RedIt.Portal.Features.Services.Usage;

// Stores what the platform reports on the service and mails the customer when a threshold of its
// limit is crossed, once per threshold per month. The alert row and the mail are saved together;
// the alert's unique index decides which of two reports at the same moment mails (2.8).
public sealed class UsageReports(
    PortalDbContext db,
    ServiceMails mails,
    MailOutbox outbox,
    TimeProvider clock,
    IOptionsMonitor<PlatformUsageOptions> options)
{
    // A platform's clock a little ahead of ours is no reason to refuse its report.
    public static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);

    private const decimal BytesPerGb = 1_000_000_000m;

    // Another report recorded an alert first: the second try sees it and mails nothing more.
    private const int Attempts = 3;

    public async Task<UsageAnswer?> ApplyAsync(UsageReportInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryApplyAsync(input, cancellationToken);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e) && attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<UsageAnswer?> TryApplyAsync(UsageReportInput input, CancellationToken cancellationToken)
    {
        var service = await db.Set<Service>().Include(s => s.Product)
            .SingleOrDefaultAsync(s => s.Id == input.ServiceId, cancellationToken);
        if (service is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var measuredAt = input.MeasuredAt?.UtcDateTime ?? now;
        var period = UsagePeriod.Of(measuredAt);
        var metric = input.MetricValue;
        var used = input.UsedGb!.Value;
        var limit = input.LimitGb ?? ReportedLimit(service, metric) ?? ProductLimit(service, metric);
        decimal? percent = limit is > 0 ? Math.Round(used * 100 / limit.Value, 1) : null;

        // Measured in a month that is over, e.g. sent just after midnight on the first: it says
        // nothing about this month's counter, so it neither shows nor mails.
        if (period != UsagePeriod.Of(now))
        {
            return new UsageAnswer(service.Id, input.Metric!, period, used, limit, percent, Counted: false, MailedPercent: null);
        }

        Store(service, metric, used, input.LimitGb, measuredAt);
        var mailed = service.Status == ServiceStatus.Active && limit is > 0
            ? await AlertAsync(service, metric, period, used, limit.Value, now, cancellationToken)
            : null;
        await db.SaveChangesAsync(cancellationToken);
        if (mailed is not null)
        {
            outbox.Wake();
        }

        return new UsageAnswer(service.Id, input.Metric!, period, used, limit, percent, Counted: true, mailed);
    }

    // The highest threshold crossed is mailed when no alert this month was about it or a higher
    // one; lower thresholds passed over are recorded with it, so dropping back under 95 and
    // crossing 80 later mails nothing, and a report crossing 95 at once mails only about 95.
    private async Task<int?> AlertAsync(Service service, UsageMetric metric, string period, decimal used, decimal limit, DateTime now, CancellationToken cancellationToken)
    {
        var crossed = options.CurrentValue.Thresholds.Where(t => used * 100 >= t * limit).ToList();
        if (crossed.Count == 0)
        {
            return null;
        }

        var recorded = await db.Set<UsageAlert>().AsNoTracking()
            .Where(a => a.ServiceId == service.Id && a.Metric == metric && a.Period == period)
            .Select(a => a.ThresholdPercent)
            .ToListAsync(cancellationToken);
        var highest = crossed.Max();
        if (recorded.Count > 0 && recorded.Max() >= highest)
        {
            return null;
        }

        foreach (var threshold in crossed.Except(recorded))
        {
            db.Add(new UsageAlert { Id = Guid.NewGuid(), ServiceId = service.Id, Metric = metric, ThresholdPercent = threshold, Period = period, SentAt = now });
        }

        var culture = await db.Users.Where(u => u.Id == service.CustomerId).Select(u => u.PreferredCulture).SingleAsync(cancellationToken);
        await mails.AddLimitNearlyReachedAsync(service, new UsageMailFacts(metric, highest, used, limit), culture, cancellationToken);
        return highest;
    }

    private static void Store(Service service, UsageMetric metric, decimal used, decimal? reportedLimit, DateTime measuredAt)
    {
        var usedBytes = Bytes(used);
        var limitBytes = reportedLimit is { } gb ? Bytes(gb) : (long?)null;
        if (metric == UsageMetric.Traffic)
        {
            service.TrafficUsedBytes = usedBytes;
            service.TrafficLimitBytes = limitBytes ?? service.TrafficLimitBytes;
        }
        else
        {
            service.StorageUsedBytes = usedBytes;
            service.StorageLimitBytes = limitBytes ?? service.StorageLimitBytes;
        }

        service.UsageReportedAt = measuredAt;
    }

    // A limit the platform reported for this service (extra space bought, say) is more precise
    // than the product's.
    private static decimal? ReportedLimit(Service service, UsageMetric metric) =>
        (metric == UsageMetric.Traffic ? service.TrafficLimitBytes : service.StorageLimitBytes) is { } bytes ? bytes / BytesPerGb : null;

    private static decimal? ProductLimit(Service service, UsageMetric metric) =>
        metric == UsageMetric.Traffic ? service.Product.TrafficLimitGb : service.Product.StorageLimitGb;

    private static long Bytes(decimal gb) => (long)Math.Round(gb * BytesPerGb);
}

public sealed record UsageMailFacts(UsageMetric Metric, int ThresholdPercent, decimal UsedGb, decimal LimitGb);
