using RedIt.Portal.Features.Services;

namespace RedIt.Portal.Features.Certificates.Acme;

// A Let's Encrypt order on its way for one service: where it is at the ACME server, the key the
// certificate will have, and the http-01 challenge the server is checking. In the database, so any
// instance answers the challenge and an attempt after a lost answer carries on with the same order
// instead of starting another. Removed once the certificate is stored or the step gives up.
public class PendingAcmeOrder
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public Service Service { get; set; } = null!;

    // The server the order lives at; an order of another server (staging before production) is dropped.
    public string DirectoryUrl { get; set; } = "";

    public string OrderUrl { get; set; } = "";

    // The certificate's private key (PKCS#8 PEM), encrypted with the data-protection keys.
    public string ProtectedCertificateKey { get; set; } = "";

    // The http-01 token and what GET /.well-known/acme-challenge/{token} answers.
    public string? ChallengeToken { get; set; }

    public string? KeyAuthorization { get; set; }

    public DateTime CreatedAt { get; set; }
}
