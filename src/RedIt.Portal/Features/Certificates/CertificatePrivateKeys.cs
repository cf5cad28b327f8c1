using Microsoft.AspNetCore.DataProtection;

namespace RedIt.Portal.Features.Certificates;

// Encrypts a certificate's private key with the data-protection keys, so the database alone
// never holds a usable key; it is decrypted only to hand it to the certificate's own customer.
public sealed class CertificatePrivateKeys(IDataProtectionProvider protection)
{
    public const string ProtectorPurpose = "RedIt.Portal.Certificates.PrivateKey.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(ProtectorPurpose);

    public string Protect(string privateKeyPem) => _protector.Protect(privateKeyPem);

    public string Unprotect(string protectedKey) => _protector.Unprotect(protectedKey);
}
