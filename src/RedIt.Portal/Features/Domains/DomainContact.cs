namespace RedIt.Portal.Features.Domains;

// The registrant of the customer's domains as the domain supplier knows them (2.3): at least first
// and last name, address, phone number and e-mail address, and gender where a registry asks for
// it. SupplierHandle is the supplier's id for the contact, e.g. Openprovider's "JD123456-NL".
public class DomainContact
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public RegistrantGender? Gender { get; set; }

    public string? CompanyName { get; set; }

    public string Street { get; set; } = "";

    public string HouseNumber { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string City { get; set; } = "";

    public string CountryCode { get; set; } = "NL";

    // E.164, e.g. "+31201234567"; the adapter splits it into the parts the supplier asks for.
    public string PhoneNumber { get; set; } = "";

    public string Email { get; set; } = "";

    public string? SupplierHandle { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }
}
