using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RedIt.Portal.Tests.Infrastructure;

// Outside Development the portal will not start without a certificate for its key ring; the tests
// share one self-signed certificate, made once per run and removed when the run ends.
public static class KeyCertificate
{
    public const string Password = "test-key-certificate";

    private static readonly Lazy<string> File = new(Create);

    public static string Path => File.Value;

    private static string Create()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"redit-keys-{Guid.NewGuid():N}.pfx");
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=RedIt Portal test keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        System.IO.File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.File.Delete(path);
        return path;
    }
}
