using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace RedIt.Portal.Features.Customers;

public sealed class AddressInput : IValidatableObject
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
    public string? PostalCode { get; set; }

    [Display(Name = "City")]
    [Required(ErrorMessage = "Please enter the city.")]
    [StringLength(100, ErrorMessage = "The city can be at most {1} characters.")]
    public string? City { get; set; }

    [Display(Name = "Country")]
    [Required(ErrorMessage = "Please choose a country.")]
    public string? CountryCode { get; set; } = "NL";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var text = validationContext.GetRequiredService<IStringLocalizer<SharedResource>>();
        var country = Countries.Find(CountryCode);
        if (country is null)
        {
            yield return new ValidationResult(text["Please choose a country from the list."], [nameof(CountryCode)]);
        }
        else if (PostalCode is not null && !country.IsValidPostcode(PostalCode))
        {
            yield return new ValidationResult(
                text["This is not a valid postcode for {0}; it looks like {1}.", country.DisplayName, country.PostcodeExample],
                [nameof(PostalCode)]);
        }
    }

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
