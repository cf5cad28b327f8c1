using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RedIt.Benchmarks;

// The portal's own Program on Kestrel, on a free loopback port, the way the browser tests start it.
// Development, because that is where staff sign in without a second factor (the portal's own
// appsettings.Development.json) and the two staff accounts of the README exist; the queue's code
// and queries are the same in every environment.
internal sealed class BenchmarkPortal : WebApplicationFactory<Program>
{
    private readonly BenchmarkDatabase _database;

    public BenchmarkPortal(BenchmarkDatabase database)
    {
        _database = database;
        // WebApplicationFactory finds the portal's content root (src/RedIt.Portal, with its
        // appsettings) in MvcTestingAppManifest.json of the current directory, where a test runner
        // stands; `dotnet run --project` leaves the caller's directory instead.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        BaseUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort()}"));
        UseKestrel(BaseUrl.Port);
    }

    public Uri BaseUrl { get; }

    public void Start() => StartServer();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", _database.ProviderSetting);
        builder.UseSetting(_database.ConnectionStringSetting, _database.ConnectionString);
        // PostgreSQL is otherwise migrated by the `migrate` command; this database is new.
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Portal:BaseUrl", BaseUrl.ToString().TrimEnd('/'));
        // A line per request on the console would be measured along with the page.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // No scheduled job may run a sweep over 50,000 tickets while the queue is being timed.
        builder.UseSetting("Privacy:RetentionSweepEnabled", "false");
        builder.UseSetting("Support:AutoCloseEnabled", "false");
        // The renewals are timed by the benchmark itself, not when the job's hour happens to come.
        builder.UseSetting("Billing:Renewals:Enabled", "false");
    }

    // Kestrel's port 0 would be known only after the start; Portal:BaseUrl needs it before.
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
