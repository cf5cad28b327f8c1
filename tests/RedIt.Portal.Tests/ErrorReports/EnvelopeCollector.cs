using System.IO.Compression;
using System.Text;
using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace RedIt.Portal.Tests.ErrorReports;

// An error-reporting service on 127.0.0.1 that takes every envelope the Sentry SDK posts to
// /api/{project}/envelope/ and answers as Sentry's Relay does: 200 with the event's id.
public sealed class EnvelopeCollector : IDisposable
{
    private const string PublicKey = "0f3a1c2b4d5e6f708192a3b4c5d6e7f8";
    private readonly WireMockServer _server = WireMockServer.Start();

    public EnvelopeCollector()
    {
        _server.Given(Request.Create().WithPath(new WireMock.Matchers.RegexMatcher(@"^/api/\d+/envelope/$")).UsingPost())
            .RespondWith(Response.Create().WithCallback(request => new WireMock.ResponseMessage
            {
                StatusCode = 200,
                Headers = new Dictionary<string, WireMock.Types.WireMockList<string>>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = new("application/json") },
                BodyData = new WireMock.Util.BodyData
                {
                    DetectedBodyType = WireMock.Types.BodyType.String,
                    BodyAsString = JsonSerializer.Serialize(new { id = EventId(Text(request.BodyAsBytes ?? Encoding.UTF8.GetBytes(request.Body ?? ""))) }),
                },
            }));
    }

    public string Dsn => $"http://{PublicKey}@127.0.0.1:{_server.Ports[0]}/42";

    // Each envelope as text, decompressed where the SDK gzipped it.
    public IReadOnlyList<Envelope> Envelopes =>
        _server.LogEntries.Where(e => e.RequestMessage.Path.EndsWith("/envelope/", StringComparison.Ordinal))
            .Select(e => new Envelope(Text(e.RequestMessage.BodyAsBytes ?? Encoding.UTF8.GetBytes(e.RequestMessage.Body ?? ""))))
            .ToList();

    public void Clear() => _server.ResetLogEntries();

    private static string? EventId(string envelope)
    {
        using var header = JsonDocument.Parse(envelope.Split('\n')[0]);
        return header.RootElement.TryGetProperty("event_id", out var id) ? id.GetString() : null;
    }

    private static string Text(byte[] body)
    {
        if (body.Length > 2 && body[0] == 0x1f && body[1] == 0x8b)
        {
            using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            return reader.ReadToEnd();
        }

        return Encoding.UTF8.GetString(body);
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }

    // An envelope: a header line, then per item a header line and its payload.
    public sealed record Envelope(string Text)
    {
        public JsonElement Event
        {
            get
            {
                var lines = Text.Split('\n');
                for (var i = 1; i + 1 < lines.Length; i++)
                {
                    using var header = JsonDocument.Parse(lines[i]);
                    if (header.RootElement.TryGetProperty("type", out var type) && type.GetString() == "event")
                    {
                        return JsonDocument.Parse(lines[i + 1]).RootElement.Clone();
                    }
                }

                throw new InvalidOperationException("The envelope holds no event: " + Text);
            }
        }
    }
}
