using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Bogus;

namespace RedIt.Benchmarks;

// `tickets`: the support desk's queue on a desk with years of tickets behind it.
internal static class TicketsBenchmark
{
    private const int FirstNumber = 1001;

    public static async Task RunAsync(BenchmarkOptions options)
    {
        // The same people, subjects and spread on every run, so two runs differ only in the code.
        Randomizer.Seed = new Random(20_261_203);
        var faker = new Faker("nl");
        await using var database = new BenchmarkDatabase(options.Database, options.Connection, options.KeepDatabase);
        await database.CreateAsync();
        await using var portal = new BenchmarkPortal(database);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RedIt.Benchmarks tickets: {database.Description}; {options.Tickets:N0} tickets, {options.Messages:N0} messages; {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));

        // Starting migrates the new database and creates the Development staff accounts.
        var watch = Stopwatch.StartNew();
        portal.Start();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  portal on {portal.BaseUrl}, migrated in {watch.Elapsed.TotalSeconds:0.0} s"));

        watch.Restart();
        var people = await SeededPeople.SeedAsync(portal.Services, customers: Math.Max(1, options.Tickets / 6), faker);
        await SeededTickets.SeedAsync(portal.Services, people, options.Tickets, options.Messages, DateTime.UtcNow, faker);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  seeded {people.Staff.Count} staff, {people.Customers.Count:N0} customers, the tickets and messages in {watch.Elapsed.TotalSeconds:0.0} s"));
        await PortalDatabaseStatistics.RefreshAsync(portal.Services);

        using var session = await StaffSession.SignInAsync(portal.BaseUrl);
        var (health, results) = await QueueMeasurement.RunAsync(session, QueueCase.For(options.Tickets, FirstNumber), options.Rounds, options.MaxMeasuring);
        Console.WriteLine();
        ResultTable.Print(health, results);
    }
}
