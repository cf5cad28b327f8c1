using RedIt.Portal.Features.Orders.Provisioning;
using RedIt.Portal.Privacy;

namespace RedIt.Portal.Features.Domains.Registration;

// What the domain supplier receives, by name, as the customer reads it in the export (2.3).
public static class RegistrantDisclosure
{
    public const string Purpose = "Registering the customer's domain names with the registry";
    public const string LegalGround = "Contract (GDPR art. 6(1)(b))";

    public static PlannedDisclosure Of(DomainContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        List<string> items = ["first name", "last name"];
        if (contact.Gender is not null)
        {
            items.Add("gender");
        }

        if (contact.CompanyName is not null)
        {
            items.Add("company name");
        }

        items.AddRange(["address", "phone number", "e-mail address"]);
        return new PlannedDisclosure(Recipients.Openprovider.Name, items, Purpose, LegalGround);
    }

    public static PlannedDisclosure OfDomain() =>
        new(Recipients.Openprovider.Name, ["domain name"], Purpose, LegalGround);
}
