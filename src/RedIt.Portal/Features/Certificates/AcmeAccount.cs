namespace RedIt.Portal.Features.Certificates;

// The portal's own account at an ACME server (Let's Encrypt, or Pebble in tests). It is created
// without a contact address, so Let's Encrypt receives no personal data (2.3).
public class AcmeAccount
{
    public Guid Id { get; set; }

    public string DirectoryUrl { get; set; } = "";

    // The account's URL, the "kid" of every later request.
    public string AccountUrl { get; set; } = "";

    // The account key as JWK, encrypted with the data-protection keys.
    public string ProtectedKey { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
