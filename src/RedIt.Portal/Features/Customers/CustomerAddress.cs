namespace RedIt.Portal.Features.Customers;

public class CustomerAddress
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public AddressKind Kind { get; set; }

    public string Street { get; set; } = "";

    public string HouseNumber { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string City { get; set; } = "";

    // ISO 3166-1 alpha-2, e.g. "NL".
    public string CountryCode { get; set; } = "NL";
}
