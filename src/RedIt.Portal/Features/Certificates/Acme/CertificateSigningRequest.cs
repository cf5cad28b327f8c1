using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RedIt.Portal.Features.Certificates.Acme;

// The CSR of a Let's Encrypt certificate: the domain as common name and as its one DNS name, and
// nothing else: no organisation, no e-mail address, no other attribute (2.3).
public static class CertificateSigningRequest
{
    public static byte[] Create(ECDsa key, string domain)
    {
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(domain);
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(domain);
        request.CertificateExtensions.Add(names.Build());
        return request.CreateSigningRequest();
    }
}
