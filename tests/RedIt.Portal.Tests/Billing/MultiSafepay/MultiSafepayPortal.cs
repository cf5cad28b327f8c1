using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Billing.Payments.MultiSafepay;
using RedIt.Portal.Tests.Infrastructure;
using WireMock.Server;

namespace RedIt.Portal.Tests.Billing.MultiSafepay;

#pragma warning disable CA1711 // xunit calls these collections.

// The portal with its MultiSafepay client pointed at a local server that answers as MultiSafepay's
// JSON API does. The payment flow will register the client in PortalServices; until it does, this
// portal registers it the same way, from the portal's own configuration.
public sealed class MultiSafepayPortal : PortalFactory
{
    public const string ApiKey = "8HHhGgRWrA3O7NswjmgwyH7buPPCGnR5AkwAQyqI";

    public MultiSafepayPortal()
    {
        Api = WireMockServer.Start();
        With("MultiSafepay:BaseUrl", Api.Url + "/v1/json/");
        With("MultiSafepay:ApiKey", ApiKey);
    }

    public WireMockServer Api { get; }

    public MultiSafepayClient Client => Services.GetRequiredService<MultiSafepayClient>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices((context, services) => services.AddMultiSafepay(context.Configuration));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Api.Stop();
            Api.Dispose();
        }
    }
}

// Starting a portal takes seconds: the client's tests share one, each with orders of its own.
[CollectionDefinition(Name)]
public sealed class MultiSafepayCollection : ICollectionFixture<MultiSafepayPortal>
{
    public const string Name = "multisafepay";
}
