namespace RedIt.Portal.Features.Catalog;

// How a product is ordered, which the catalogue and the basket both follow.
public static class ProductOrdering
{
    // Managed services are sold by quotation; a domain is ordered from the domain search, which
    // first asks the supplier whether the name is free.
    public static bool GoesInBasket(this Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return product.Active && !product.QuotationOnly && product.Kind != ProductKind.DomainExtension;
    }

    // Hosting, a certificate and a mailbox are for one domain name; colocation is for none.
    public static bool NeedsDomainName(this Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return product.Kind is ProductKind.Hosting or ProductKind.SslCertificate or ProductKind.Mailbox;
    }
}
