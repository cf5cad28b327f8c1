using System.Globalization;

namespace RedIt.Benchmarks;

// Markdown, as the queue's table, so that a run's output goes into the README as it is.
internal static class BillingResultTable
{
    public static void Print(Samples health, IReadOnlyList<BillingResult> results, RenewalResult renewals)
    {
        Console.WriteLine("| page | request | rows | median ms | p99 ms | median / health |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        Console.WriteLine(Row("health (baseline)", BillingCase.Health, null, health, health.Median));
        foreach (var result in results)
        {
            Console.WriteLine(result.Samples is { } samples
                ? Row(result.Case.Name, result.Case.Path, result.Case.Rows, samples, health.Median)
                : string.Create(CultureInfo.InvariantCulture, $"| {result.Case.Name} | `{result.Case.Path}` | {Count(result.Case.Rows)} | not built | | |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{health.Count} timed requests per row."));
        Console.WriteLine();
        Console.WriteLine("| job | invoices | total s | median ms per invoice | p99 ms | median / health |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| renewals through ServiceRenewals (order, invoice, mail with PDF), a transaction each | {Count(renewals.Invoices)} | {renewals.Total.TotalSeconds:0.0} | {renewals.PerInvoice.Median:0.0} | {renewals.PerInvoice.P99:0.0} | {renewals.PerInvoice.Median / health.Median:0.0} |"));
    }

    private static string Row(string name, string path, int? rows, Samples samples, double healthMedian) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | `{path}` | {Count(rows)} | {samples.Median:0.0} | {samples.P99:0.0} | {samples.Median / healthMedian:0.0} |");

    private static string Count(int? rows) => rows is { } n ? n.ToString("N0", CultureInfo.InvariantCulture) : "";
}
