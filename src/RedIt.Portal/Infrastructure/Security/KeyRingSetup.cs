using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using RedIt.Portal.Data;

namespace RedIt.Portal.Infrastructure.Security;

// The data-protection keys live in the database, so several instances share cookies and tokens.
// They decrypt identity documents and sign cookies; with a certificate, a copy of the database
// alone is not enough to do either (StartupChecks insists on one outside Development).
public static class KeyRingSetup
{
    public const string CertificatePathSetting = "DataProtection:CertificatePath";
    public const string CertificatePasswordSetting = "DataProtection:CertificatePassword";

    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var keys = services.AddDataProtection()
            .SetApplicationName("RedIt.Portal")
            .PersistKeysToDbContext<PortalDbContext>();
        if (configuration[CertificatePathSetting] is { Length: > 0 } path)
        {
            keys.ProtectKeysWithCertificate(Load(path, configuration[CertificatePasswordSetting]));
        }

        return services;
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"{CertificatePathSetting}: the certificate in {path} has no private key, so it could not decrypt the keys it protects. Use a PFX file with its private key.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new InvalidOperationException(
                $"{CertificatePathSetting}: the certificate {path} cannot be read ({e.Message}). Check that the file exists and is readable by the portal, and that {CertificatePasswordSetting} is its password; "
                + $"`dotnet RedIt.Portal.dll {Commands.KeyCertificateCommand.Name} {path}` creates a new one.", e);
        }
    }
}
