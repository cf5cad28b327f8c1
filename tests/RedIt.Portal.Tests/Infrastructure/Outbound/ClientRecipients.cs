using RedIt.Portal.Features.Certificates.Acme;
using RedIt.Portal.Privacy;

namespace RedIt.Portal.Tests.Infrastructure.Outbound;

// Whom each of the portal's HTTP clients talks to, as the disclosures name it. A client without a
// recipient may carry no personal data at all. A new adapter adds its row here; until then any
// personal value it sends is reported, so no third party is added without its disclosures checked.
public static class ClientRecipients
{
    public sealed record Party(string? Recipient, params string[] Undisclosed);

    // The domain a certificate is for is what a certificate authority must see, and it publishes
    // it in the Certificate Transparency logs; Let's Encrypt gets nothing of the customer (2.3).
    private static readonly string[] CertificateDomain = ["Service.Name", "OrderLine.DomainName", "BasketItem.DomainName", "IssuedCertificate.CommonName"];

    private static readonly Dictionary<string, Party> ByClient = new(StringComparer.Ordinal)
    {
        ["IDomainSupplier"] = new(Recipients.Openprovider.Name),
        ["ICertificateSupplier"] = new(Recipients.Xolphin.Name),
        ["IDatacenterProvider"] = new(Recipients.Datacenter.Name),
        ["IVatNumberRegistry"] = new(Recipients.Vies.Name),
        ["MultiSafepayClient"] = new(Recipients.MultiSafepay.Name),
        ["ICollectionAgency"] = new(Recipients.DasIncasso.Name),
        [AcmeClient.HttpClientName] = new(null, CertificateDomain),

        // Five hex digits of a password's SHA-1 hash, nothing of the person.
        ["IPwnedPasswords"] = new(null),
    };

    public static Party? Find(string client) => ByClient.GetValueOrDefault(client);
}
