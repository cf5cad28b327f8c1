using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Tests.Contact;
using RedIt.Portal.Tests.Infrastructure;
using Sentry;

namespace RedIt.Portal.Tests.ErrorReports;

// A portal of its own with its error reports going to a local collector (or, with no DSN, nowhere),
// behind a known proxy so a test chooses the visitor's IP address, and with a page that fails.
public sealed class ErrorReportingPortal : ProxiedContactPortal
{
    public ErrorReportingPortal(string dsn)
    {
        With("ErrorReporting:Dsn", dsn);
        With("ErrorReporting:Release", "redit-portal@test");
    }

    // A browser at `client` whose cookies a test can read, to look for them in what was sent.
    public (Browserless Browser, CookieContainer Cookies) CookieBrowserAt(string client)
    {
        var cookies = new CookieContainer();
        var http = CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies), new ForwardedFor(client));
        return (new Browserless(http), cookies);
    }

    // Sends what the SDK still holds, so a test sees every envelope of what it did.
    public async Task FlushAsync()
    {
        if (Services.GetService<IHub>() is { } hub)
        {
            await hub.FlushAsync(TimeSpan.FromSeconds(10));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddControllers().AddApplicationPart(typeof(FailingController).Assembly));
    }

    private sealed class ForwardedFor(string client) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Test-Peer", Proxy);
            request.Headers.Add("X-Forwarded-For", client);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
