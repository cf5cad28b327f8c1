using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Security;

// With DataProtection:CertificatePath set, the key ring in the database is stored encrypted.
[Trait("Policy", "4")]
public sealed class KeyProtectionTests : IDisposable
{
    private readonly string _certificateFile = Path.Combine(Path.GetTempPath(), $"redit-keys-{Guid.NewGuid():N}.pfx");
    private readonly PortalFactory _portal;

    public KeyProtectionTests()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=RedIt Portal keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(_certificateFile, certificate.Export(X509ContentType.Pfx, "test-password"));
        _portal = new PortalFactory()
            .With("DataProtection:CertificatePath", _certificateFile)
            .With("DataProtection:CertificatePassword", "test-password");
    }

    [Fact]
    public async Task The_key_ring_in_the_database_is_encrypted_with_the_certificate()
    {
        var browser = new Browserless(_portal.CreateClient());
        var page = await browser.GetAsync("/account/login");
        Assert.Equal("Sign in", page.Heading);

        var xml = await _portal.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.NotEmpty(xml);
        Assert.All(xml, key =>
        {
            Assert.Contains("EncryptedXml", key!, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", key!, StringComparison.Ordinal);
        });
    }

    public void Dispose()
    {
        _portal.Dispose();
        File.Delete(_certificateFile);
    }
}
