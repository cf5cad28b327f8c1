using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.Certificates.Mine;

// A customer's own certificate of one of their services; another customer's is not found.
public sealed class MyCertificates(PortalDbContext db, CertificatePrivateKeys keys)
{
    public Task<MyCertificate?> FindAsync(Guid customerId, Guid serviceId, CancellationToken cancellationToken = default) =>
        db.Set<IssuedCertificate>().AsNoTracking()
            .Where(c => c.ServiceId == serviceId && c.Service.CustomerId == customerId)
            .OrderByDescending(c => c.IssuedAt)
            .Select(c => new MyCertificate(c.CommonName, c.ChainPem, c.ProtectedPrivateKey))
            .FirstOrDefaultAsync(cancellationToken);

    public string PrivateKeyPem(MyCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return keys.Unprotect(certificate.ProtectedPrivateKey!);
    }
}

public sealed record MyCertificate(string CommonName, string ChainPem, string? ProtectedPrivateKey)
{
    // A file name from the domain: letters, digits, dots and hyphens only.
    public string FileName(string extension) =>
        new string(CommonName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_').ToArray()) + extension;
}
