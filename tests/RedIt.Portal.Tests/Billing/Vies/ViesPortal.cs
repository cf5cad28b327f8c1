using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RedIt.Portal.Features.Billing.Vat;
using RedIt.Portal.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RedIt.Portal.Tests.Billing.Vies;

// The portal's VIES client pointed at a local server that answers as VIES's REST API does, on a
// clock set to a known moment so a time the portal takes itself can be told from VIES's.
public sealed class ViesPortal : IDisposable
{
    public const string BasePath = "/taxation_customs/vies/rest-api";

    public static readonly DateTime Now = new(2031, 3, 14, 9, 30, 0, DateTimeKind.Utc);

    public ViesPortal()
        : this(timeoutSeconds: 10)
    {
    }

    private ViesPortal(int timeoutSeconds)
    {
        Api = WireMockServer.Start();
        Portal = new ClockedPortal(Clock)
            .With("Vies:Simulate", "false")
            .With("Vies:BaseUrl", Api.Url + BasePath)
            .With("Vies:RequesterCountryCode", "NL")
            .With("Vies:RequesterVatNumber", "NL859123456B01")
            .With("Vies:TimeoutSeconds", timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Clock.MoveTo(Now);
    }

    public WireMockServer Api { get; }

    public PortalFactory Portal { get; }

    public MovedClock Clock { get; } = new();

    public static ViesPortal WithTimeout(int seconds) => new(seconds);

    // VIES answers this for a check of this national part.
    public void Answer(string nationalPart, IResponseBuilder response) =>
        Api.Given(Request.Create().WithPath(BasePath + "/check-vat-number").UsingPost()
                .WithBody((string? body) => body is not null && body.Contains($"\"vatNumber\":\"{nationalPart}\"", StringComparison.Ordinal)))
            .RespondWith(response);

    // What the portal sent to VIES about this national part.
    public IReadOnlyList<string> Sent(string nationalPart) =>
        Api.LogEntries.Select(e => e.RequestMessage.Body ?? "").Where(b => b.Contains($"\"vatNumber\":\"{nationalPart}\"", StringComparison.Ordinal)).ToList();

    public async Task<VatNumberCheck> CheckAsync(string countryCode, string vatNumber)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IVatNumberRegistry>().CheckAsync(countryCode, vatNumber);
    }

    public static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    public void Dispose()
    {
        Portal.Dispose();
        Api.Stop();
        Api.Dispose();
    }

    private sealed class ClockedPortal(MovedClock clock) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        }
    }
}
