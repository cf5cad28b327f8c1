using System.Globalization;

namespace RedIt.Benchmarks;

internal sealed record BenchmarkOptions(
    BenchmarkDatabaseKind Database,
    string? Connection,
    int Tickets,
    int Messages,
    int Rounds,
    TimeSpan MaxMeasuring,
    bool KeepDatabase = false)
{
    public static bool TryParse(string[] args, out BenchmarkOptions options, out string error)
    {
        options = new(BenchmarkDatabaseKind.Sqlite, null, 50_000, 250_000, 100, TimeSpan.FromMinutes(10));
        error = "";
        for (var i = 0; i < args.Length; i += 2)
        {
            // To look at the query plans afterwards (EXPLAIN) on the very data that was timed.
            if (args[i] == "--keep-database")
            {
                options = options with { KeepDatabase = true };
                i--;
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : null;
            if (value is null)
            {
                error = $"{args[i]} needs a value.";
                return false;
            }

            switch (args[i])
            {
                case "--database" when value is "sqlite" or "postgres":
                    options = options with { Database = value == "sqlite" ? BenchmarkDatabaseKind.Sqlite : BenchmarkDatabaseKind.Postgres };
                    break;
                case "--connection":
                    options = options with { Connection = value };
                    break;
                case "--tickets" when Positive(value) is { } tickets:
                    options = options with { Tickets = tickets };
                    break;
                case "--messages" when Positive(value) is { } messages:
                    options = options with { Messages = messages };
                    break;
                case "--rounds" when Positive(value) is { } rounds:
                    options = options with { Rounds = rounds };
                    break;
                case "--max-minutes" when Positive(value) is { } minutes:
                    options = options with { MaxMeasuring = TimeSpan.FromMinutes(minutes) };
                    break;
                default:
                    error = $"Unknown option or value: {args[i]} {value}";
                    return false;
            }
        }

        if (options.Messages < options.Tickets)
        {
            error = "Every ticket has at least one message: --messages must be at least --tickets.";
            return false;
        }

        if (options.Database == BenchmarkDatabaseKind.Postgres && string.IsNullOrWhiteSpace(options.Connection))
        {
            error = "--database postgres needs --connection to a server where a new database may be created.";
            return false;
        }

        return true;
    }

    private static int? Positive(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
