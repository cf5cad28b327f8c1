namespace RedIt.Portal.Features.Catalog;

// DV and OV certificates come from the certificate supplier, which receives the applicant's
// details (2.3); Let's Encrypt is issued by the portal over ACME and receives no personal data.
public enum CertificateValidation
{
    DomainValidated,
    OrganisationValidated,
    LetsEncrypt,
}
