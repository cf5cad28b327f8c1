using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Infrastructure.Security;

// Behind a TLS-terminating proxy the portal sees the proxy's address and plain HTTP. It believes
// X-Forwarded-For and X-Forwarded-Proto only from the proxies it is told about: believed from
// anyone, they would let a client choose its own address for the rate limits and fake HTTPS.
public static class ProxySetup
{
    public const string KnownProxiesSetting = "Proxy:KnownProxies";
    public const string KnownNetworksSetting = "Proxy:KnownNetworks";

    public static IServiceCollection AddPortalProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Entries(configuration[KnownProxiesSetting]).Select(ParseAddress).ToList();
        var networks = Entries(configuration[KnownNetworksSetting]).Select(ParseNetwork).ToList();
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only what is configured: the default (loopback) would trust a proxy nobody set up.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            proxies.ForEach(forwarded.KnownProxies.Add);
            networks.ForEach(forwarded.KnownIPNetworks.Add);
        });
        return services;
    }

    public static WebApplication UsePortalProxies(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var forwarded = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        // With both lists empty the middleware believes every sender, so then it stays out.
        if (forwarded.KnownProxies.Count > 0 || forwarded.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static string[] Entries(string? setting) =>
        (setting ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IPAddress ParseAddress(string entry) => IPAddress.TryParse(entry, out var address)
        ? address
        : throw new InvalidOperationException($"{KnownProxiesSetting}: '{entry}' is not an IP address. Give the proxies' addresses separated by commas, e.g. 10.0.0.2,10.0.0.3.");

    private static System.Net.IPNetwork ParseNetwork(string entry) => System.Net.IPNetwork.TryParse(entry, out var network)
        ? network
        : throw new InvalidOperationException($"{KnownNetworksSetting}: '{entry}' is not a network. Give networks in CIDR notation separated by commas, e.g. 172.16.0.0/12,10.0.0.0/8.");
}
