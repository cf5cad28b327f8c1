using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using RedIt.Portal.Infrastructure.Security;

namespace RedIt.Portal.Infrastructure.Commands;

// `dotnet RedIt.Portal.dll create-key-certificate [path]`: a self-signed certificate that encrypts
// the data-protection key ring, written once (an existing file is left alone, since replacing it
// would lose the keys it protects). Runs before the portal is built, because building it loads
// the very certificate this creates.
public static class KeyCertificateCommand
{
    public const string Name = "create-key-certificate";

    public static bool Matches(string[] args) => args is [Name, ..];

    public static int Run(IConfiguration configuration, string[] args)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(args);
        var path = args.Length > 1 ? args[1] : configuration[KeyRingSetup.CertificatePathSetting];
        if (string.IsNullOrWhiteSpace(path) || args.Length > 2)
        {
            Console.Error.WriteLine($"Usage: {Name} /path/to/keys.pfx  (or set {KeyRingSetup.CertificatePathSetting}; the password is {KeyRingSetup.CertificatePasswordSetting})");
            return 2;
        }

        if (File.Exists(path))
        {
            Console.WriteLine($"{path} exists already; it is left as it is.");
            return 0;
        }

        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=RedIt Portal data-protection keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        // Expiry is not checked when keys are encrypted or decrypted; a long life saves a rotation nobody needs.
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(30));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, file))
        {
            stream.Write(certificate.Export(X509ContentType.Pfx, configuration[KeyRingSetup.CertificatePasswordSetting]));
        }

        Console.WriteLine($"Created {path}. Set {KeyRingSetup.CertificatePathSetting} to it and keep a copy apart from the database backups: without it the keys, and so the identity documents, cannot be decrypted.");
        return 0;
    }
}
