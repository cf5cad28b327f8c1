using System.Net;
using System.Net.Sockets;

namespace RedIt.Portal.Tests.Infrastructure;

// A mail server that is down until a test switches it on: a port of its own that refuses
// connections, then, once started, relays them to the test SMTP server.
public sealed class SmtpRelay : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private TcpListener? _listener;

    public SmtpRelay()
    {
        // Ask the system for a free port, then give it back: nothing listens on it until Start.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public void Start()
    {
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _ = AcceptAsync(_listener);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener?.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception stopped) when (stopped is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = RelayQuietlyAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            await server.ConnectAsync(TestSettings.SmtpHost, TestSettings.SmtpPort, _stop.Token);
            var fromClient = client.GetStream().CopyToAsync(server.GetStream(), _stop.Token);
            var fromServer = server.GetStream().CopyToAsync(client.GetStream(), _stop.Token);
            // The server hangs up after QUIT; then the conversation is over both ways.
            await Task.WhenAny(fromClient, fromServer);
        }
    }

    private async Task RelayQuietlyAsync(TcpClient client)
    {
        try
        {
            await RelayAsync(client);
        }
        catch (Exception ended) when (ended is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // One side hung up first; the other side sees its connection closed, as with a real server.
        }
    }
}
