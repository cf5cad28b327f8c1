using System.Globalization;
using RedIt.Portal.Infrastructure.Time;

namespace RedIt.Portal.Features.Services.Usage;

// Traffic counts per calendar month in Amsterdam, where the platform resets its counters: "2026-12".
public static class UsagePeriod
{
    public static string Of(DateTime utc) => AmsterdamTime.ToLocal(utc).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
