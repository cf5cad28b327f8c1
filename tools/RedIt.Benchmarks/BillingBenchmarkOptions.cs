using System.Globalization;

namespace RedIt.Benchmarks;

internal sealed record BillingBenchmarkOptions(
    BenchmarkDatabaseKind Database,
    string? Connection,
    int Customers,
    int Invoices,
    int Samples,
    int Renewals,
    TimeSpan MaxMeasuring,
    bool KeepDatabase = false)
{
    // The customer whose "My invoices" is timed has this many, about five times the usual number.
    public const int MeasuredCustomerInvoices = 50;

    public static bool TryParse(string[] args, out BillingBenchmarkOptions options, out string error)
    {
        options = new(BenchmarkDatabaseKind.Sqlite, null, 10_000, 100_000, 100, 1_000, TimeSpan.FromMinutes(10));
        error = "";
        for (var i = 0; i < args.Length; i += 2)
        {
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
                case "--customers" when Positive(value) is { } customers:
                    options = options with { Customers = customers };
                    break;
                case "--invoices" when Positive(value) is { } invoices:
                    options = options with { Invoices = invoices };
                    break;
                case "--samples" when Positive(value) is { } samples:
                    options = options with { Samples = samples };
                    break;
                case "--renewals" when Positive(value) is { } renewals:
                    options = options with { Renewals = renewals };
                    break;
                case "--max-minutes" when Positive(value) is { } minutes:
                    options = options with { MaxMeasuring = TimeSpan.FromMinutes(minutes) };
                    break;
                default:
                    error = $"Unknown option or value: {args[i]} {value}";
                    return false;
            }
        }

        if (options.Customers < 2 || options.Invoices < options.Customers + MeasuredCustomerInvoices)
        {
            error = string.Create(CultureInfo.InvariantCulture,
                $"At least 2 customers, and at least {MeasuredCustomerInvoices} invoices more than customers: one customer has {MeasuredCustomerInvoices}.");
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
