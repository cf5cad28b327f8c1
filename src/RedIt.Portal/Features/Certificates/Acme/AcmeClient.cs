using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace RedIt.Portal.Features.Certificates.Acme;

// The ACME protocol (RFC 8555) over one HttpClient: the directory, fresh nonces, and signed POSTs.
// Every answer brings the next nonce (Replay-Nonce); a request refused with badNonce is signed
// again with the nonce of that refusal, a few times at most.
public sealed class AcmeClient(HttpClient http, IOptions<AcmeOptions> options)
{
    public const string HttpClientName = nameof(AcmeClient);

    private const int NonceAttempts = 5;

    private AcmeDirectory? _directory;
    private string? _nonce;

    public async Task<AcmeDirectory> DirectoryAsync(CancellationToken cancellationToken)
    {
        if (_directory is not null)
        {
            return _directory;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, options.Value.DirectoryUrl);
        var answer = await SendAsync(request, cancellationToken);
        _directory = new AcmeDirectory(Url(answer.Body, "newNonce"), Url(answer.Body, "newAccount"), Url(answer.Body, "newOrder"));
        return _directory;
    }

    // A POST signed by the key; accountUrl is null only for newAccount, which carries the key itself.
    // A null payload makes it a POST-as-GET.
    public async Task<AcmeAnswer> PostAsync(string url, AcmeKey key, string? accountUrl, JsonNode? payload, CancellationToken cancellationToken, string accept = "application/json")
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var attempt = 1; ; attempt++)
        {
            var nonce = _nonce ?? await NewNonceAsync(cancellationToken);
            _nonce = null;
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(key.Sign(url, nonce, accountUrl, payload?.DeepClone())) };
            // Exactly this type, without a charset (section 6.2).
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/jose+json");
            request.Headers.Accept.ParseAdd(accept);
            try
            {
                return await SendAsync(request, cancellationToken);
            }
            catch (AcmeProblemException problem) when (problem.Type == AcmeProblemException.Prefix + "badNonce" && attempt < NonceAttempts)
            {
                // The refusal carried a fresh nonce; sign again with it.
            }
        }
    }

    private async Task<string> NewNonceAsync(CancellationToken cancellationToken)
    {
        var directory = await DirectoryAsync(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Head, directory.NewNonce);
        await SendAsync(request, cancellationToken);
        return _nonce ?? throw new AcmeUnavailableException("The ACME server gave no nonce.");
    }

    private async Task<AcmeAnswer> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException unreachable)
        {
            throw new AcmeUnavailableException("The ACME server could not be reached.", unreachable);
        }
        catch (TaskCanceledException timeout) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AcmeUnavailableException($"The ACME server did not answer within {options.Value.TimeoutSeconds} seconds.", timeout);
        }

        using (response)
        {
            if (response.Headers.TryGetValues("Replay-Nonce", out var nonces))
            {
                _nonce = nonces.FirstOrDefault();
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            var body = mediaType is "application/json" or "application/problem+json" && text.Length > 0 ? JsonNode.Parse(text) : null;
            if (!response.IsSuccessStatusCode)
            {
                var type = body?["type"]?.GetValue<string>() ?? "HTTP " + (int)response.StatusCode;
                throw new AcmeProblemException((int)response.StatusCode, type);
            }

            return new AcmeAnswer(response.StatusCode, body, text, response.Headers.Location?.ToString(), RetryAfter(response));
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    private static string Url(JsonNode? directory, string name) =>
        directory?[name]?.GetValue<string>() ?? throw new AcmeUnavailableException($"The ACME directory has no {name}.");
}

public sealed record AcmeDirectory(string NewNonce, string NewAccount, string NewOrder);

// Body is the JSON of a JSON answer; Text the answer as sent (the PEM chain of a certificate).
public sealed record AcmeAnswer(HttpStatusCode HttpStatus, JsonNode? Body, string Text, string? Location, TimeSpan? RetryAfter)
{
    // An account's, order's, authorization's or challenge's status: "pending", "valid", …
    public string Status => Body?["status"]?.GetValue<string>() ?? "";
}
