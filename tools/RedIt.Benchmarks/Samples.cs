namespace RedIt.Benchmarks;

// The times of one address, in milliseconds.
internal sealed class Samples
{
    private readonly List<double> _ms = [];

    public int Count => _ms.Count;

    public void Add(TimeSpan elapsed) => _ms.Add(elapsed.TotalMilliseconds);

    public double Median => Percentile(0.5);

    public double P99 => Percentile(0.99);

    // Nearest rank: with 100 rounds the p99 is the second slowest request, not an interpolation.
    private double Percentile(double fraction)
    {
        if (_ms.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _ms.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
