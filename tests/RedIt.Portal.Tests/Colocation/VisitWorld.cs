using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Colocation;
using RedIt.Portal.Features.Colocation.Datacenter;
using RedIt.Portal.Features.Disclosures;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Orders;

namespace RedIt.Portal.Tests.Colocation;

internal static class VisitWorld
{
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    // A portal whose datacenter provider is the given local server (a WireMock answering as Equinix
    // does), with the sender off so a test sends when it wants to.
    public static PortalFactory Portal(string apiUrl) => new PortalFactory()
        .With("Datacenter:Simulate", "false")
        .With("Datacenter:BaseUrl", apiUrl)
        .With("Datacenter:ClientId", "redit-client")
        .With("Datacenter:ClientSecret", "redit-secret")
        .With("Datacenter:Cage", "AM1:01:000123")
        .With("Datacenter:AccountNumber", "132028")
        .With("Datacenter:WorkerEnabled", "false");

    public sealed record Customer(Browserless Browser, Guid Id, string Email, Service Colocation);

    // A signed-in customer with one active colocation service in rack AM1:01:000123:0101.
    public static async Task<Customer> CustomerAsync(PortalFactory portal)
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var id = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        return new Customer(browser, id, email, await ServiceAsync(portal, id, ProductKind.Colocation));
    }

    public static async Task<Service> ServiceAsync(PortalFactory portal, Guid customerId, ProductKind kind)
    {
        var product = await OrdersWorld.ProductAsync(portal, kind, 10m);
        var service = new Service
        {
            Id = Guid.NewGuid(), CustomerId = customerId, ProductId = product.Id, Kind = kind, Name = kind == ProductKind.Colocation ? "Rack unit 1U" : $"{Guid.NewGuid():N}.nl",
            Status = ServiceStatus.Active, CreatedAt = DateTime.UtcNow, ActivatedAt = DateTime.UtcNow,
            Platform = kind == ProductKind.Colocation ? "AM1:01:000123:0101" : null,
        };
        await portal.WithDbAsync(db =>
        {
            db.Add(service);
            return db.SaveChangesAsync();
        });
        return service;
    }

    // A day that leaves the notice easily: three days from now in Amsterdam.
    public static DateOnly Day => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Amsterdam)).AddDays(3);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTime Utc(DateOnly day, int hour, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute)), Amsterdam);

    // The form as a person fills it in: the date, 09:00 to 12:30, the rack it suggests, and the
    // visitors in its first rows.
    public static Dictionary<string, string> Form(DateOnly day, params (string First, string Last)[] visitors)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Input.Date"] = Iso(day),
            ["Input.StartTime"] = "09:00",
            ["Input.EndTime"] = "12:30",
        };
        for (var i = 0; i < visitors.Length; i++)
        {
            form[$"Input.Visitors[{i}].FirstName"] = visitors[i].First;
            form[$"Input.Visitors[{i}].LastName"] = visitors[i].Last;
        }

        return form;
    }

    public static async Task<Browserless.Page> RequestAsync(Customer customer, Dictionary<string, string> form)
    {
        var page = await customer.Browser.GetAsync($"/profile/services/{customer.Colocation.Id}/visits/new");
        return await customer.Browser.SubmitAndFollowAsync(page, form, "/visits/new");
    }

    public static Task<List<DatacenterVisit>> VisitsAsync(PortalFactory portal, Guid customerId) =>
        portal.WithDbAsync(db => db.Set<DatacenterVisit>().AsNoTracking().Include(v => v.Visitors).Where(v => v.CustomerId == customerId).ToListAsync());

    public static Task<List<Disclosure>> DisclosuresAsync(PortalFactory portal, Guid customerId) =>
        portal.WithDbAsync(db => db.Set<Disclosure>().AsNoTracking().Where(d => d.PersonId == customerId).ToListAsync());

    public static async Task<int> SendAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VisitSender>().RunDueAsync();
    }

    // The staff visit page's form, pressed.
    public static async Task<Browserless.Page> DecideAsync(Browserless staff, Guid visitId, string action, string? reason = null)
    {
        var page = await staff.GetAsync($"/staff/visits/{visitId}");
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reason is not null)
        {
            form["Decline.Reason"] = reason;
        }

        return await staff.SubmitAndFollowAsync(page, form, $"/{visitId}/{action}");
    }

    // Brings every waiting retry forward, as if its back-off had passed.
    public static Task<int> DueNowAsync(PortalFactory portal, Guid visitId) =>
        portal.WithDbAsync(db => db.Set<DatacenterVisit>().Where(v => v.Id == visitId && v.NextSendAttemptAt != null)
            .ExecuteUpdateAsync(v => v.SetProperty(x => x.NextSendAttemptAt, DateTime.UtcNow.AddMinutes(-1))));
}
