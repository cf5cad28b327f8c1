using System.Globalization;

namespace RedIt.Privacy;

// Years are counted on the calendar, not as 365 days, so "seven years" never ends a day or two early.
public sealed record RetentionPeriod
{
    private RetentionPeriod(int? years, TimeSpan? span)
    {
        Years = years;
        Span = span;
    }

    public int? Years { get; }

    public TimeSpan? Span { get; }

    public static RetentionPeriod FromYears(int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years);
        return new RetentionPeriod(years, null);
    }

    public static RetentionPeriod FromDays(int days) => FromTimeSpan(TimeSpan.FromDays(days));

    public static RetentionPeriod FromTimeSpan(TimeSpan span)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(span, TimeSpan.Zero);
        return new RetentionPeriod(null, span);
    }

    public DateTime EndsAt(DateTime start) => Years is { } years ? start.AddYears(years) : start + Span!.Value;

    // Rows whose start lies before this moment have outlived the period.
    public DateTime CutoffBefore(DateTime now) => Years is { } years ? now.AddYears(-years) : now - Span!.Value;

    public override string ToString() => Describe(RetentionStatement.English);

    // `say` translates a phrase with {0} placeholders; see RetentionStatement.
    public string Describe(Func<string, object[], string> say)
    {
        ArgumentNullException.ThrowIfNull(say);
        if (Years is { } years)
        {
            return years == 1 ? say("1 year", []) : say("{0} years", [years]);
        }

        var span = Span!.Value;
        if (span.Ticks % TimeSpan.TicksPerDay == 0)
        {
            var days = (long)span.TotalDays;
            return days == 1 ? say("1 day", []) : say("{0} days", [days]);
        }

        return span.ToString("c", CultureInfo.InvariantCulture);
    }
}
