using RedIt.Portal.Features.Domains;
using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Privacy;

namespace RedIt.Portal.Features.Certificates.Supplier;

// What the certificate supplier receives, by name, as the customer reads it in the export (2.3):
// a company name or a person's name, the address and the e-mail address.
public static class CertificateDisclosure
{
    public const string Purpose = "Applying for the customer's SSL certificates with the certificate authority";
    public const string LegalGround = "Contract (GDPR art. 6(1)(b))";

    public static PlannedDisclosure Of(DomainContact applicant)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        List<string> items = applicant.CompanyName is null ? ["first name", "last name"] : ["company name"];
        items.AddRange(["address", "e-mail address"]);
        return new PlannedDisclosure(Recipients.Xolphin.Name, items, Purpose, LegalGround);
    }
}
