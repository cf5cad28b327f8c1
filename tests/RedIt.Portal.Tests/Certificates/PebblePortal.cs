using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RedIt.Portal.Features.Certificates.Acme;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Certificates;

// The portal pointed at the Pebble that test.sh runs, with every request its ACME client sends
// captured on the way out: what Let's Encrypt would receive, decoded.
public sealed class PebblePortal : PortalFactory
{
    public PebblePortal()
    {
        With("Acme:Simulate", "false");
        With("Acme:DirectoryUrl", TestSettings.AcmeDirectory);
        With("Acme:TrustedRootPemPath", TestSettings.AcmeRoot);
        With("Acme:DefaultPollDelayMilliseconds", "100");
        // Polled every 100 ms, Pebble gets 30 seconds to validate: on a busy machine the default 20
        // polls can run out, and the attempt after it would answer the same challenge a second time.
        With("Acme:MaxPolls", "300");
        With("Provisioning:WorkerEnabled", "false");
    }

    public ConcurrentQueue<SentToAcme> Sent { get; } = new();

    // The portal's clock; a renewal test moves it to a certificate's last weeks.
    public MovedClock Clock { get; } = new();

    // Called before a challenge is answered ("{}" sent to its URL), while the server would look.
    public Func<Task>? BeforeChallengeAnswer { get; set; }

    // Called before every request leaves; it may throw as a dropped connection would.
    public Func<SentToAcme, Task>? BeforeSend { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(AcmeClient.HttpClientName).AddHttpMessageHandler(() => new Capture(this));
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        });
    }

    private sealed class Capture(PebblePortal portal) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            var sent = SentToAcme.From(request.Method.Method, request.RequestUri!.ToString(), body);
            portal.Sent.Enqueue(sent);
            if (sent.Payload == "{}" && portal.BeforeChallengeAnswer is { } look)
            {
                await look();
            }

            if (portal.BeforeSend is { } before)
            {
                await before(sent);
            }

            var response = await base.SendAsync(request, cancellationToken);
            sent.AnsweredStatus = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/problem+json")
            {
                // Buffered, so the client reads it as well.
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                sent.AnsweredProblem = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))?["type"];
            }

            return response;
        }
    }
}

// One request to the ACME server: its URL, and for a JWS its decoded protected header and payload.
public sealed record SentToAcme(string Method, string Url, string? Body, JsonNode? Protected, string? Payload)
{
    // The server's HTTP status; null while on its way or when the connection dropped. Pebble refuses
    // some nonces on purpose (badNonce, 400), and the client signs such a request again.
    public int? AnsweredStatus { get; set; }

    public string? AnsweredProblem { get; set; }

    public bool Accepted => AnsweredStatus is >= 200 and < 300;

    // The server took it up, whether it agreed or refused, rather than asking for it to be signed again.
    public bool Handled => AnsweredStatus is not null && AnsweredProblem != AcmeProblemException.Prefix + "badNonce";

    public static SentToAcme From(string method, string url, string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return new SentToAcme(method, url, body, null, null);
        }

        var jws = JsonNode.Parse(body)!;
        var header = JsonNode.Parse(WebEncoders.Base64UrlDecode((string)jws["protected"]!));
        var payload = (string)jws["payload"]!;
        return new SentToAcme(method, url, body, header, payload.Length == 0 ? "" : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(payload)));
    }

    public JsonNode? PayloadJson => string.IsNullOrEmpty(Payload) ? null : JsonNode.Parse(Payload);
}
