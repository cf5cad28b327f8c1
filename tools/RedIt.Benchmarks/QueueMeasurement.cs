using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RedIt.Benchmarks;

internal sealed record QueueResult(QueueCase Case, int? Rows, Samples Samples);

// Round robin: every round asks /health and each filter once, so a slow moment of the machine
// (the other work on its two cores) falls on all of them alike instead of on one filter.
internal static partial class QueueMeasurement
{
    private const int WarmUpRounds = 3;

    public static async Task<(Samples Health, IReadOnlyList<QueueResult> Results)> RunAsync(
        StaffSession session, IReadOnlyList<QueueCase> cases, int rounds, TimeSpan maxMeasuring)
    {
        var rows = new Dictionary<QueueCase, int?>();
        for (var round = 0; round < WarmUpRounds; round++)
        {
            await session.GetTextAsync(QueueCase.Health);
            foreach (var queueCase in cases)
            {
                rows[queueCase] = RowsMatched(await session.GetTextAsync(queueCase.Path));
            }
        }

        var health = new Samples();
        var samples = cases.ToDictionary(c => c, _ => new Samples());
        var measuring = Stopwatch.StartNew();
        for (var round = 0; round < rounds && measuring.Elapsed < maxMeasuring; round++)
        {
            health.Add(await TimeAsync(session, QueueCase.Health));
            foreach (var queueCase in cases)
            {
                samples[queueCase].Add(await TimeAsync(session, queueCase.Path));
            }

            Console.Write(string.Create(CultureInfo.InvariantCulture, $"\r  round {round + 1,4} of {rounds}"));
        }

        Console.WriteLine();
        return (health, cases.Select(c => new QueueResult(c, rows[c], samples[c])).ToList());
    }

    private static async Task<TimeSpan> TimeAsync(StaffSession session, string path)
    {
        var watch = Stopwatch.StartNew();
        await session.GetTextAsync(path);
        return watch.Elapsed;
    }

    // "12345 tickets" above the table: what the filter matched, not the 20 rows of the page.
    private static int? RowsMatched(string page) =>
        TicketCount().Match(page) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"<p>(\d+) tickets</p>")]
    private static partial Regex TicketCount();
}
