namespace RedIt.Portal.Features.Certificates.Supplier;

// The certificate supplier as the portal needs it for DV and OV certificates (2.3). Throws
// CertificateSupplierUnavailableException when it cannot answer (try again later) and
// CertificateSupplierRefusedException when it refuses the request itself.
public interface ICertificateSupplier
{
    // Orders the certificate for the signing request; the supplier's request id.
    Task<string> RequestAsync(CertificateOrder order, CancellationToken cancellationToken = default);

    // Our request with this reference, when the supplier has it: a retry after a lost answer asks
    // this first, so a certificate is never ordered twice.
    Task<string?> FindAsync(string reference, CancellationToken cancellationToken = default);

    // The issued certificate's id once validation is done, else null.
    Task<string?> IssuedCertificateAsync(string requestId, CancellationToken cancellationToken = default);

    // The certificate and its chain as PEM, leaf first.
    Task<string> DownloadAsync(string certificateId, CancellationToken cancellationToken = default);
}

// What the supplier receives, and nothing more: a company name for a business applicant or the
// first and last name of a private one, the address and the e-mail address. No phone number.
public sealed record CertificateOrder(
    CertificateValidationLevel Level,
    int Years,
    string CsrPem,
    string? CompanyName,
    string? FirstName,
    string? LastName,
    string Address,
    string PostalCode,
    string City,
    string CountryCode,
    string Email,
    string Reference);

public enum CertificateValidationLevel
{
    DomainValidated,
    OrganisationValidated,
}

public sealed class CertificateSupplierUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

public sealed class CertificateSupplierRefusedException(string message) : Exception(message);
