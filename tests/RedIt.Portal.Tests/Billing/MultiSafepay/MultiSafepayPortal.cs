using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Billing.Payments.MultiSafepay;
using RedIt.Portal.Tests.Infrastructure;
using WireMock.Server;

namespace RedIt.Portal.Tests.Billing.MultiSafepay;

#pragma warning disable CA1711 // xunit calls these collections.

// The portal taking its payments through MultiSafepay, its client pointed at a local server that
// answers as MultiSafepay's JSON API does.
public sealed class MultiSafepayPortal : PortalFactory
{
    public const string ApiKey = "8HHhGgRWrA3O7NswjmgwyH7buPPCGnR5AkwAQyqI";

    public MultiSafepayPortal()
    {
        Api = WireMockServer.Start();
        With("MultiSafepay:BaseUrl", Api.Url + "/v1/json/");
        With("MultiSafepay:ApiKey", ApiKey);
        With("Payments:Provider", "MultiSafepay");
        With("Provisioning:WorkerEnabled", "false");
    }

    public WireMockServer Api { get; }

    public MultiSafepayClient Client => Services.GetRequiredService<MultiSafepayClient>();

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
