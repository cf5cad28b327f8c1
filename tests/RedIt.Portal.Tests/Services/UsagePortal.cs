using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Infrastructure.Time;

namespace RedIt.Portal.Tests.Services;

// A portal with the platform's usage key configured and a clock the tests move, so a new month
// comes when a test says so. It stands still otherwise: every report of a test is in one month.
public sealed class UsagePortal : PortalFactory
{
    public const string Key = "test-platform-usage-key";

    public UsagePortal() => With("Platform:UsageApiKey", Key);

    public FakeTimeProvider Clock { get; } = new(Start());

    public HttpClient Platform(string key = Key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    // Now, but not in the first hour of a month, so a report measured a minute ago is in this month.
    private static DateTimeOffset Start()
    {
        var now = DateTimeOffset.UtcNow;
        var local = AmsterdamTime.ToLocal(now.UtcDateTime);
        return local is { Day: 1, Hour: 0 } ? now.AddHours(1) : now;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

internal static class Usage
{
    public static Task<HttpResponseMessage> ReportAsync(HttpClient platform, object report) =>
        platform.PostAsJsonAsync("/api/platform/usage", report);

    // A signed-in customer with an active hosting package of 100 GB traffic and 10 GB storage.
    public static async Task<(Browserless Browser, string Email, Guid ServiceId)> HostingAsync(PortalFactory portal, string culture)
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var serviceId = await portal.WithDbAsync(async db =>
        {
            var customerId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            await db.Users.Where(u => u.Id == customerId).ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredCulture, culture));
            var product = new Product
            {
                Id = Guid.NewGuid(), Kind = ProductKind.Hosting, Code = "usage-" + Guid.NewGuid().ToString("N")[..12], NameEn = "Web hosting Basic",
                NameNl = "Webhosting Basis", PriceExclVat = 4.95m, PeriodMonths = 1, TrafficLimitGb = 100, StorageLimitGb = 10, CreatedAt = DateTime.UtcNow,
            };
            var service = new Service
            {
                Id = Guid.NewGuid(), CustomerId = customerId, ProductId = product.Id, Kind = ProductKind.Hosting,
                Name = "site-" + Guid.NewGuid().ToString("N")[..8] + ".example", Status = ServiceStatus.Active, CreatedAt = DateTime.UtcNow,
            };
            db.AddRange(product, service);
            await db.SaveChangesAsync();
            return service.Id;
        });
        return (browser, email, serviceId);
    }

    public static Task<int> AlertsAsync(PortalFactory portal, Guid serviceId) =>
        portal.WithDbAsync(db => db.Set<UsageAlert>().CountAsync(a => a.ServiceId == serviceId));

    // Mails to this address whose subject has this text, once all queued for it have gone out.
    public static async Task<int> MailsAsync(PortalFactory portal, string email, string subjectContains)
    {
        await Outbox.WaitUntilSentAsync(portal, email);
        return Mailbox.All(email).Count(m => (m.Subject ?? "").Contains(subjectContains, StringComparison.Ordinal));
    }
}
