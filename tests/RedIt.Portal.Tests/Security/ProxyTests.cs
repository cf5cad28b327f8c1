using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Security;

// Behind a TLS-terminating proxy: X-Forwarded-Proto and X-Forwarded-For count only when they come
// from a configured proxy, so secure cookies and forms work and the rate limits count the client.
[Trait("Policy", "4")]
public sealed class ProxyTests : IDisposable
{
    private const string Proxy = "10.0.0.1";
    private readonly ProxiedPortal _portal = new();

    [Theory]
    [InlineData(Proxy)]
    [InlineData("192.168.50.7")]
    public async Task Over_plain_http_from_a_known_proxy_that_says_https_the_forms_work(string peer)
    {
        var browser = new Browserless(_portal.Through(peer, "203.0.113.5"));
        using (var form = await browser.Client.GetAsync("/account/login"))
        {
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
            Assert.Contains(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-redit.antiforgery", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        }

        var page = await People.LoginAsync(browser, People.NewEmail(), "not the password at all");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("The e-mail address or password is not correct.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_headers_from_an_unknown_address_are_ignored()
    {
        using var response = await _portal.Through("10.0.0.99", "203.0.113.6").GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.StartsWith("https://localhost/", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limits_count_each_forwarded_client_apart()
    {
        var first = new Browserless(_portal.Through(Proxy, "203.0.113.10"));
        var second = new Browserless(_portal.Through(Proxy, "203.0.113.20"));
        var firstForm = await first.GetAsync("/account/login");
        var secondForm = await second.GetAsync("/account/login");
        var attempt = new Dictionary<string, string>(StringComparer.Ordinal) { ["Email"] = "x", ["Password"] = "y" };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < ProxiedPortal.Permits + 1; i++)
        {
            using var response = await first.SubmitAsync(firstForm, attempt);
            statuses.Add(response.StatusCode);
        }

        using var other = await second.SubmitAsync(secondForm, attempt);
        Assert.All(statuses.Take(ProxiedPortal.Permits), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    public void Dispose() => _portal.Dispose();

    private sealed class ProxiedPortal : PortalFactory
    {
        public const int Permits = 3;

        public ProxiedPortal()
        {
            With("Proxy:KnownProxies", Proxy);
            With("Proxy:KnownNetworks", "192.168.50.0/24");
            With("Security:CredentialPermitsPerMinute", Permits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // A client over plain HTTP behind a proxy at `peer` that reports it as `client` over HTTPS.
        public HttpClient Through(string peer, string client) =>
            CreateDefaultClient(new Uri("http://localhost"), new ProxyHeaders(peer, client));

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddTransient<IStartupFilter, PeerAddress>());
        }
    }

    // The test server has no TCP peer; this stands in for the address the connection came from.
    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ProxyHeaders.Peer, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    // What the proxy adds, and the browser's cookie jar: the browser talks HTTPS to the proxy, so
    // it sends its Secure cookies even though the portal's leg is plain HTTP.
    private sealed class ProxyHeaders(string peer, string client) : DelegatingHandler
    {
        public const string Peer = "X-Test-Peer";
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add(Peer, peer);
            request.Headers.Add("X-Forwarded-For", client);
            request.Headers.Add("X-Forwarded-Proto", "https");
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => c.Key + "=" + c.Value)));
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                foreach (var cookie in cookies)
                {
                    var pair = cookie.Split(';', 2)[0].Split('=', 2);
                    _cookies[pair[0]] = pair[1];
                }
            }

            return response;
        }
    }
}
