using System.Diagnostics;
using System.Globalization;

namespace RedIt.Benchmarks;

internal sealed record BillingResult(BillingCase Case, Samples? Samples);

// Round robin, as the queue is timed: every round asks /health and each page once, so a slow
// moment of the machine falls on all of them alike.
internal static class BillingMeasurement
{
    private const int WarmUpRounds = 3;

    public static async Task<(Samples Health, IReadOnlyList<BillingResult> Results)> RunAsync(
        StaffSession healthSession, IReadOnlyList<BillingCase> cases, int rounds, TimeSpan maxMeasuring)
    {
        for (var round = 0; round < WarmUpRounds; round++)
        {
            await healthSession.GetTextAsync(BillingCase.Health);
            foreach (var billingCase in cases)
            {
                await billingCase.FetchAsync();
            }
        }

        var health = new Samples();
        var samples = cases.ToDictionary(c => c, _ => new Samples());
        var measuring = Stopwatch.StartNew();
        for (var round = 0; round < rounds && measuring.Elapsed < maxMeasuring; round++)
        {
            var watch = Stopwatch.StartNew();
            await healthSession.GetTextAsync(BillingCase.Health);
            health.Add(watch.Elapsed);
            foreach (var billingCase in cases)
            {
                watch.Restart();
                await billingCase.FetchAsync();
                samples[billingCase].Add(watch.Elapsed);
            }

            Console.Write(string.Create(CultureInfo.InvariantCulture, $"\r  round {round + 1,4} of {rounds}"));
        }

        Console.WriteLine();
        return (health, cases.Select(c => new BillingResult(c, samples[c])).ToList());
    }
}
