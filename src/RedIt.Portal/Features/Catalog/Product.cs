namespace RedIt.Portal.Features.Catalog;

// Something a customer can order. Prices exclude VAT; billing adds it per customer on the invoice.
// Only the fields of the product's kind are set: Tld for a domain extension, Validation for a
// certificate, SpamFilter for a mailbox, RackUnits for colocation,
// the limits for hosting and mailboxes.
public class Product
{
    public Guid Id { get; set; }

    public ProductKind Kind { get; set; }

    // Stable and readable, e.g. "domain-nl", "ssl-dv", "hosting-basic"; used in links and imports.
    public string Code { get; set; } = "";

    public string NameEn { get; set; } = "";

    public string NameNl { get; set; } = "";

    public string DescriptionEn { get; set; } = "";

    public string DescriptionNl { get; set; } = "";

    public decimal PriceExclVat { get; set; }

    // How many months one price covers: 12 for a domain year, 1 for monthly hosting.
    public int PeriodMonths { get; set; } = 12;

    // Without the dot, e.g. "nl".
    public string? Tld { get; set; }

    // Whether the registry of this extension asks for the registrant's gender (2.3): only then
    // does the order ask for it.
    public bool RegistryRequiresGender { get; set; }

    public CertificateValidation? Validation { get; set; }

    public SpamFilterProvider? SpamFilter { get; set; }

    public int? RackUnits { get; set; }

    // What a hosting package or mailbox includes, in GB (10^9 bytes): traffic per calendar month
    // and storage. The customer is mailed when the platform reports usage near them (2.8); null
    // is no limit, unless the platform reports one of its own.
    public int? TrafficLimitGb { get; set; }

    public int? StorageLimitGb { get; set; }

    // Managed services are sold by quotation only: they are shown, never put in a basket.
    public bool QuotationOnly { get; set; }

    public bool Active { get; set; } = true;

    public int SortOrder { get; set; }

    public DateTime CreatedAt { get; set; }
}
