using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;

namespace RedIt.Portal.Features.Catalog;

// A catalogue to order from right after `dotnet run`. Development only, and only into an empty
// catalogue: products someone added or changed are theirs.
public static class DevelopmentProducts
{
    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        if (await db.Set<Product>().AnyAsync())
        {
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var order = 0;
        Product Make(ProductKind kind, string code, string en, string nl, decimal price, int months, Action<Product>? set = null)
        {
            var product = new Product { Id = Guid.NewGuid(), Kind = kind, Code = code, NameEn = en, NameNl = nl, PriceExclVat = price, PeriodMonths = months, SortOrder = order += 10, CreatedAt = now };
            set?.Invoke(product);
            return product;
        }

        db.AddRange(
            Make(ProductKind.DomainExtension, "domain-nl", ".nl domain name", ".nl-domeinnaam", 7.95m, 12, p => p.Tld = "nl"),
            Make(ProductKind.DomainExtension, "domain-com", ".com domain name", ".com-domeinnaam", 12.95m, 12, p => p.Tld = "com"),
            Make(ProductKind.DomainExtension, "domain-eu", ".eu domain name", ".eu-domeinnaam", 8.95m, 12, p => p.Tld = "eu"),
            Make(ProductKind.DomainExtension, "domain-fr", ".fr domain name", ".fr-domeinnaam", 11.95m, 12, p => { p.Tld = "fr"; p.RegistryRequiresGender = true; }),
            Make(ProductKind.SslCertificate, "ssl-letsencrypt", "Let's Encrypt certificate", "Let's Encrypt-certificaat", 0m, 12, p => p.Validation = CertificateValidation.LetsEncrypt),
            Make(ProductKind.SslCertificate, "ssl-dv", "Domain validated certificate", "Domeingevalideerd certificaat", 29.00m, 12, p => p.Validation = CertificateValidation.DomainValidated),
            Make(ProductKind.SslCertificate, "ssl-ov", "Organisation validated certificate", "Organisatiegevalideerd certificaat", 99.00m, 12, p => p.Validation = CertificateValidation.OrganisationValidated),
            Make(ProductKind.Hosting, "hosting-basic", "Web hosting Basic (10 GB)", "Webhosting Basis (10 GB)", 4.95m, 1, p => { p.StorageLimitGb = 10; p.TrafficLimitGb = 100; }),
            Make(ProductKind.Hosting, "hosting-pro", "Web hosting Pro (50 GB)", "Webhosting Pro (50 GB)", 9.95m, 1, p => { p.StorageLimitGb = 50; p.TrafficLimitGb = 500; }),
            Make(ProductKind.Mailbox, "mail-imap", "Mailbox POP/IMAP (10 GB)", "Mailbox POP/IMAP (10 GB)", 2.50m, 1, p => { p.SpamFilter = SpamFilterProvider.SpamExperts; p.StorageLimitGb = 10; }),
            Make(ProductKind.Mailbox, "mail-o365", "Office 365 mailbox", "Office 365-mailbox", 5.60m, 1, p => p.SpamFilter = SpamFilterProvider.Microsoft),
            Make(ProductKind.ManagedService, "managed-servers", "Managed servers", "Beheerde servers", 0m, 1, p => p.QuotationOnly = true),
            Make(ProductKind.Colocation, "colo-1u", "Colocation 1U", "Colocatie 1U", 49.00m, 1, p => p.RackUnits = 1),
            Make(ProductKind.Colocation, "colo-quarter", "Colocation quarter rack (10U)", "Colocatie kwart rack (10U)", 299.00m, 1, p => p.RackUnits = 10));
        await db.SaveChangesAsync();
    }
}
