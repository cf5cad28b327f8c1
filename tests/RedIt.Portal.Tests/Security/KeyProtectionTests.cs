using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Security;

// With DataProtection:CertificatePath set (the test portal always has one, as production must),
// the key ring in the database is stored encrypted.
[Trait("Policy", "4")]
public sealed class KeyProtectionTests : IDisposable
{
    private readonly PortalFactory _portal = new();

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

    public void Dispose() => _portal.Dispose();
}
