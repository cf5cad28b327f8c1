namespace RedIt.Benchmarks;

// Not top-level statements: those would declare a second global Program beside the portal's.
internal static class BenchmarkProgram
{
    private const string Usage = """
        Usage: dotnet run -c Release --project tools/RedIt.Benchmarks -- tickets
                 [--database sqlite|postgres] [--connection "Host=...;Username=...;Password=..."]
                 [--tickets 50000] [--messages 250000] [--rounds 100] [--max-minutes 10] [--keep-database]

        Seeds a fresh database (a temporary SQLite file, or a new PostgreSQL database on the given
        server, dropped afterwards unless --keep-database), starts the portal on 127.0.0.1, signs in as Support and prints
        each queue filter's median and p99 next to those of /health.
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] != "tickets")
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        if (!BenchmarkOptions.TryParse(args[1..], out var options, out var error))
        {
            await Console.Error.WriteLineAsync(error + Environment.NewLine + Usage);
            return 2;
        }

        await TicketsBenchmark.RunAsync(options);
        return 0;
    }
}
