using System.ComponentModel.DataAnnotations;
using RedIt.Portal.Features.Customers.Validation;

namespace RedIt.Portal.Features.Customers;

public sealed class AddressInput
{
    [Display(Name = "Street")]
    [Required(ErrorMessage = "Please enter the street.")]
    [StringLength(200, ErrorMessage = "The street can be at most {1} characters.")]
    public string? Street { get; set; }

    [Display(Name = "House number")]
    [Required(ErrorMessage = "Please enter the house number.")]
    [StringLength(20, ErrorMessage = "The house number can be at most {1} characters.")]
    [RegularExpression(@"^[0-9]+.*$", ErrorMessage = "The house number starts with a number, e.g. 12 or 12-A.")]
    public string? HouseNumber { get; set; }

    [Display(Name = "Postcode")]
    [Required(ErrorMessage = "Please enter the postcode.")]
    [StringLength(16, ErrorMessage = "The postcode can be at most {1} characters.")]
    [Postcode]
    public string? PostalCode { get; set; }

    [Display(Name = "City")]
    [Required(ErrorMessage = "Please enter the city.")]
    [StringLength(100, ErrorMessage = "The city can be at most {1} characters.")]
    public string? City { get; set; }

    [Display(Name = "Country")]
    [Required(ErrorMessage = "Please choose a country.")]
    [KnownCountry]
    public string? CountryCode { get; set; } = "NL";

    public static AddressInput From(CustomerAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new()
        {
            Street = address.Street,
            HouseNumber = address.HouseNumber,
            PostalCode = address.PostalCode,
            City = address.City,
            CountryCode = address.CountryCode,
        };
    }

    public void CopyTo(CustomerAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var country = Countries.Find(CountryCode)!;
        address.Street = Street!.Trim();
        address.HouseNumber = HouseNumber!.Trim();
        address.PostalCode = country.NormalisePostcode(PostalCode!);
        address.City = City!.Trim();
        address.CountryCode = country.Code;
    }
}
