using System.Globalization;

namespace RedIt.Benchmarks;

// Markdown, so that a run's output goes into the README as it is.
internal static class ResultTable
{
    public static void Print(Samples health, IReadOnlyList<QueueResult> results)
    {
        Console.WriteLine("| filter | request | rows matched | median ms | p99 ms | median / health |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        Console.WriteLine(Row("health (baseline)", QueueCase.Health, null, health, health.Median));
        foreach (var result in results)
        {
            Console.WriteLine(Row(result.Case.Name, result.Case.Path, result.Rows, result.Samples, health.Median));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{health.Count} timed requests per row."));
    }

    private static string Row(string name, string path, int? rows, Samples samples, double healthMedian) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | `{path}` | {(rows is { } n ? n.ToString("N0", CultureInfo.InvariantCulture) : "")} | {samples.Median:0.0} | {samples.P99:0.0} | {samples.Median / healthMedian:0.0} |");
}
