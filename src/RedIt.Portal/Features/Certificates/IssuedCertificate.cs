using RedIt.Portal.Features.Services;

namespace RedIt.Portal.Features.Certificates;

// A certificate the customer has, from the certificate supplier or from Let's Encrypt.
public class IssuedCertificate
{
    public Guid Id { get; set; }

    public Guid ServiceId { get; set; }

    public Service Service { get; set; } = null!;

    public string CommonName { get; set; } = "";

    // "Let's Encrypt", or the supplier's certificate authority.
    public string Issuer { get; set; } = "";

    // PEM, leaf first. An OV certificate names the organisation, so this is personal data too.
    public string ChainPem { get; set; } = "";

    // The private key (PEM), encrypted with the data-protection keys; empty when the customer
    // generated the key and sent us only a signing request.
    public string? ProtectedPrivateKey { get; set; }

    public DateTime NotBefore { get; set; }

    public DateTime NotAfter { get; set; }

    public DateTime IssuedAt { get; set; }
}
