using System.Globalization;

namespace RedIt.Portal.Infrastructure.Time;

// RED-IT and its datacenter are in Amsterdam: times people type and read (a visit's window, when
// an outage started, the month usage counts in) are Amsterdam time, stored in UTC, so summer and
// winter time both mean the hour that was asked.
public static class AmsterdamTime
{
    public static readonly TimeZoneInfo Zone = Find();

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    // Null when the clocks skip that time (the last Sunday of March, 02:00 to 03:00).
    public static DateTime? ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return Zone.IsInvalidTime(local) ? null : TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    // "Thursday 24 December 2026, 09:00–12:00" in the reader's language.
    public static string Window(DateTime startsAtUtc, DateTime endsAtUtc, CultureInfo culture)
    {
        var start = ToLocal(startsAtUtc);
        var end = ToLocal(endsAtUtc);
        return start.ToString("dddd d MMMM yyyy", culture) + ", " + start.ToString("HH:mm", culture) + "–" + end.ToString("HH:mm", culture);
    }

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time");
        }
    }
}
