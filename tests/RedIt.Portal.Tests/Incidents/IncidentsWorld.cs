using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Incidents;
using RedIt.Portal.Features.Services;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Incidents;

internal static class IncidentsWorld
{
    // The notice form filled in as staff would, titled after the platform so each test finds its own.
    public static Dictionary<string, string> Text(string platform, params (string Name, string Value)[] more) =>
        Fields([("Input.TitleEn", $"Web {platform} down"), ("Input.TitleNl", "Webserver onbereikbaar"), ("Input.BodyEn", "We are on it."), ("Input.BodyNl", "We zijn ermee bezig."), .. more]);

    public static Dictionary<string, string> Fields(params (string Name, string Value)[] fields)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return values;
    }

    // A signed-up customer with one service of the product, on the platform, in the status given.
    public static async Task<(Guid Id, string Email)> CustomerWithServiceAsync(PortalFactory portal, Product product, string name, ServiceStatus status, string? platform)
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var id = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        await portal.WithDbAsync(db =>
        {
            db.Add(new Service
            {
                Id = Guid.NewGuid(), CustomerId = id, ProductId = product.Id, Kind = product.Kind, Name = name, Status = status,
                Platform = platform, CreatedAt = DateTime.UtcNow, ActivatedAt = DateTime.UtcNow,
            });
            return db.SaveChangesAsync();
        });
        return (id, email);
    }

    public static Task<Guid> IdAsync(PortalFactory portal, string platform) =>
        portal.WithDbAsync(db => db.Set<Incident>().Where(i => i.TitleEn == "Web " + platform + " down").Select(i => i.Id).SingleAsync());

    public static string NewPlatform() => "web-" + Guid.NewGuid().ToString("N")[..6];
}
