namespace RedIt.Portal.Features.Catalog;

public enum ProductKind
{
    DomainExtension,
    SslCertificate,
    Hosting,
    Mailbox,
    ManagedService,
    Colocation,
}
