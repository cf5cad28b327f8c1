using System.Collections.Concurrent;
using Microsoft.Extensions.Http;

namespace RedIt.Portal.Tests.Infrastructure.Outbound;

// Every request one portal sent through its HTTP clients, real or simulated, in the order sent.
// PortalFactory registers it as a handler filter, which puts a capturing handler in front of every
// client the portal builds, named as the portal names the client.
public sealed class OutboundRequests : IHttpMessageHandlerBuilderFilter
{
    private readonly ConcurrentQueue<OutboundRequest> _sent = new();

    public IReadOnlyCollection<OutboundRequest> Sent => _sent;

    public void Clear() => _sent.Clear();

    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return builder =>
        {
            next(builder);
            builder.AdditionalHandlers.Insert(0, new Capture(builder.Name ?? "(unnamed)", this));
        };
    }

    private sealed class Capture(string client, OutboundRequests log) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string? body = null;
            if (request.Content is not null)
            {
                // Buffered, so the real handler can still send it after it was read here.
                await request.Content.LoadIntoBufferAsync(cancellationToken);
                body = await request.Content.ReadAsStringAsync(cancellationToken);
            }

            log._sent.Enqueue(new OutboundRequest(client, request.Method.Method, request.RequestUri!, OutboundText.Of(request.RequestUri!, body)));
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
