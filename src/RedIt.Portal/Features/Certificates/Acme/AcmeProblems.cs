namespace RedIt.Portal.Features.Certificates.Acme;

// The ACME server answered with a problem document (RFC 8555 section 6.7). Only its type and the
// HTTP status are kept: the detail text can name the domain, which is the customer's.
public sealed class AcmeProblemException(int status, string type)
    : Exception($"{type} (HTTP {status})")
{
    public const string Prefix = "urn:ietf:params:acme:error:";

    public int Status { get; } = status;

    public string Type { get; } = type;

    // Worth another try later: a stale nonce, a rate limit, the server's own trouble.
    public bool Temporary =>
        Status >= 500 || Status == 429 || Type is Prefix + "badNonce" or Prefix + "rateLimited" or Prefix + "serverInternal";
}

// The ACME server could not be reached, did not answer in time, or is still working on it.
public sealed class AcmeUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
