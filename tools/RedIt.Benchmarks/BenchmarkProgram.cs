namespace RedIt.Benchmarks;

// Not top-level statements: those would declare a second global Program beside the portal's.
internal static class BenchmarkProgram
{
    private const string Usage = """
        Usage: dotnet run -c Release --project tools/RedIt.Benchmarks -- tickets
                 [--database sqlite|postgres] [--connection "Host=...;Username=...;Password=..."]
                 [--tickets 50000] [--messages 250000] [--rounds 100] [--max-minutes 10] [--keep-database]
               dotnet run -c Release --project tools/RedIt.Benchmarks -- billing
                 [--database sqlite|postgres] [--connection "Host=...;Username=...;Password=..."]
                 [--customers 10000] [--invoices 100000] [--samples 100] [--renewals 1000] [--max-minutes 10] [--keep-database]

        Seeds a fresh database (a temporary SQLite file, or a new PostgreSQL database on the given
        server, dropped afterwards unless --keep-database), starts the portal on 127.0.0.1 and prints
        each page's median and p99 next to those of /health.
        tickets: signs in as Support and times each filter of the queue.
        billing: signs in as a customer with 50 invoices and as Finance, times My invoices, Finance's
        overdue list and an invoice's PDF, then issues renewals, each in a transaction of its own.
        """;

    public static async Task<int> Main(string[] args)
    {
        var command = args.FirstOrDefault();
        var error = "";
        if (command == "tickets" && BenchmarkOptions.TryParse(args[1..], out var tickets, out error))
        {
            await TicketsBenchmark.RunAsync(tickets);
            return 0;
        }

        if (command == "billing" && BillingBenchmarkOptions.TryParse(args[1..], out var billing, out error))
        {
            await BillingBenchmark.RunAsync(billing);
            return 0;
        }

        await Console.Error.WriteLineAsync(error.Length > 0 ? error + Environment.NewLine + Usage : Usage);
        return 2;
    }
}
