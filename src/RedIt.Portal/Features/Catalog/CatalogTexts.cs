namespace RedIt.Portal.Features.Catalog;

// The English text of each choice, to be localized where it is shown.
public static class CatalogTexts
{
    public static string Kind(ProductKind kind) => kind switch
    {
        ProductKind.DomainExtension => "Domain name",
        ProductKind.SslCertificate => "SSL certificate",
        ProductKind.Hosting => "Web hosting",
        ProductKind.Mailbox => "Mailbox",
        ProductKind.ManagedService => "Managed service",
        ProductKind.Colocation => "Colocation",
        _ => kind.ToString(),
    };

    public static string Validation(CertificateValidation validation) => validation switch
    {
        CertificateValidation.DomainValidated => "Domain validated (DV), from the certificate supplier",
        CertificateValidation.OrganisationValidated => "Organisation validated (OV), from the certificate supplier",
        CertificateValidation.LetsEncrypt => "Let's Encrypt, free, issued by the portal",
        _ => validation.ToString(),
    };

    public static string SpamFilter(SpamFilterProvider provider) => provider switch
    {
        SpamFilterProvider.SpamExperts => "SpamExperts (POP and IMAP mailboxes)",
        SpamFilterProvider.Microsoft => "Microsoft (Office 365 mailboxes)",
        _ => provider.ToString(),
    };

    public static string Period(int months) => months switch
    {
        1 => "per month",
        3 => "per quarter",
        12 => "per year",
        _ => "per {0} months",
    };
}
