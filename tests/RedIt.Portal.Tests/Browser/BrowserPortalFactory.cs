using System.Globalization;
using System.Net;
using System.Net.Sockets;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Browser;

// The portal on a real Kestrel port over plain http, so an actual browser can reach it and the
// links in its mails point back at it.
public sealed class BrowserPortalFactory : PortalFactory
{
    public BrowserPortalFactory()
    {
        // Links in mails are built from Portal:BaseUrl before any request arrives, so the port
        // has to be known before the portal starts; Kestrel's port 0 would reveal it too late.
        var port = FreePort();
        BaseUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        With("Portal:BaseUrl", BaseUrl.ToString().TrimEnd('/'));
        With("Security:AllowInsecureCookies", "true");
        With("Security:RedirectToHttps", "false");
        UseKestrel(port);
    }

    public Uri BaseUrl { get; }

    public void Start() => StartServer();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
