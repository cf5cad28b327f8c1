using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using RedIt.Portal.Data;
using RedIt.Portal.Tests.Infrastructure.Outbound;

namespace RedIt.Portal.Tests.Infrastructure;

// The whole portal in-process, as production runs it ("Testing" is not Development: real SMTP,
// secure cookies, staff two-factor, an encrypted key ring), on a database of its own.
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = new();
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);

    public PortalFactory()
    {
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    public static string DatabaseProvider => TestDatabase.Provider;

    public TestDatabase Database => _database;

    // Every request the portal sent to a third party or its simulator; checked when the portal is
    // disposed, so every test that sends anything proves its disclosures (see UndisclosedSends).
    public OutboundRequests Outbound { get; } = new();

    // "Testing" is production-like; a subclass may ask for Development to test what a newcomer gets.
    protected virtual string EnvironmentName => "Testing";

    // Overrides one setting before the portal starts.
    public PortalFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public T WithScope<T>(Func<IServiceProvider, T> action)
    {
        using var scope = Services.CreateScope();
        return action(scope.ServiceProvider);
    }

    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(EnvironmentName);
        // No file watcher per portal on appsettings: many portals at once would use up the
        // machine's inotify instances (128 by default), and no test changes a settings file.
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.UseSetting("Database:Provider", TestDatabase.Provider);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting(TestDatabase.ConnectionStringKey, _database.ConnectionString);
        builder.UseSetting("Email:Smtp:Host", TestSettings.SmtpHost);
        builder.UseSetting("Email:Smtp:Port", TestSettings.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Smtp:Security", "None");
        builder.UseSetting("Portal:BaseUrl", "https://localhost");
        builder.UseSetting("Openprovider:Simulate", "true");
        // Never Let's Encrypt itself; the ACME tests point this at Pebble.
        builder.UseSetting("Acme:Simulate", "true");
        builder.UseSetting("Datacenter:Simulate", "true");
        builder.UseSetting("Xolphin:Simulate", "true");
        builder.UseSetting("Vies:Simulate", "true");
        builder.UseSetting("Payments:Provider", "Test");
        builder.UseSetting("DataProtection:CertificatePath", KeyCertificate.Path);
        builder.UseSetting("DataProtection:CertificatePassword", KeyCertificate.Password);
        builder.UseSetting("Security:CredentialPermitsPerMinute", "100000");
        builder.UseSetting("Security:ContactPermitsPerHour", "100000");
        builder.UseSetting("Security:DomainSearchesPerMinute", "100000");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // No scheduler polling the database behind the tests' backs; tests that need it switch it on.
        builder.UseSetting("Privacy:RetentionSweepEnabled", "false");
        builder.UseSetting("Support:AutoCloseEnabled", "false");
        builder.UseSetting("AccountRecovery:AbandonEnabled", "false");
        builder.UseSetting("Acme:RenewalEnabled", "false");
        builder.UseSetting("Billing:VatCheckRetryEnabled", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IHttpMessageHandlerBuilderFilter>(Outbound));
    }

    public override async ValueTask DisposeAsync()
    {
        IReadOnlyList<string> undisclosed = [];
        if (Outbound.Sent.Count > 0)
        {
            undisclosed = await UndisclosedSends.FindAsync(Services, Outbound.Sent);
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (undisclosed.Count > 0)
        {
            throw new InvalidOperationException(
                "Personal data left the portal without a disclosure:" + Environment.NewLine + string.Join(Environment.NewLine, undisclosed));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
