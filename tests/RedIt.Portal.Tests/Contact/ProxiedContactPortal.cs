using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Contact;

// The portal behind a known proxy, so that a test chooses the client address the portal sees
// (the test server has no TCP peer of its own) and the forwarded headers are really applied.
public class ProxiedContactPortal : PortalFactory
{
    public const string Proxy = "10.0.0.1";
    private const string PeerHeader = "X-Test-Peer";

    public ProxiedContactPortal()
    {
        With("Proxy:KnownProxies", Proxy);
    }

    // A browser (with its own cookies) at `client`, reaching the portal through the proxy.
    public Browserless BrowserAt(string client) =>
        new(CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(), new ForwardedFor(client)));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, PeerAddress>());
    }

    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(PeerHeader, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class ForwardedFor(string client) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add(PeerHeader, Proxy);
            request.Headers.Add("X-Forwarded-For", client);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
