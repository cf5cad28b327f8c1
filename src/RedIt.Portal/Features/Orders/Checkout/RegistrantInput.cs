using System.ComponentModel.DataAnnotations;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Features.Customers.Validation;
using RedIt.Portal.Features.Domains;

namespace RedIt.Portal.Features.Orders.Checkout;

// The registrant of the domain names in the basket (2.3), asked at the order and filled in from the
// customer's own details: the registry needs a name, address, phone number and e-mail address, and
// gender only where its rules ask for it (checked in the controller, which knows the extensions).
public sealed class RegistrantInput : IHasAddress
{
    [Display(Name = "First name")]
    [Required(ErrorMessage = "Please enter the registrant's first name.")]
    [StringLength(100, ErrorMessage = "The first name can be at most {1} characters.")]
    public string? FirstName { get; set; }

    [Display(Name = "Last name")]
    [Required(ErrorMessage = "Please enter the registrant's last name.")]
    [StringLength(100, ErrorMessage = "The last name can be at most {1} characters.")]
    public string? LastName { get; set; }

    [Display(Name = "Gender")]
    public RegistrantGender? Gender { get; set; }

    [Display(Name = "Company name")]
    [StringLength(200, ErrorMessage = "The company name can be at most {1} characters.")]
    public string? CompanyName { get; set; }

    [Display(Name = "E-mail address")]
    [Required(ErrorMessage = "Please enter the registrant's e-mail address.")]
    [EmailAddress(ErrorMessage = "This is not a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "The e-mail address can be at most {1} characters.")]
    public string? Email { get; set; }

    // Required for domains only, checked by the controller: a certificate's applicant has none.
    [Display(Name = "Phone number")]
    [StringLength(30, ErrorMessage = "The phone number can be at most {1} characters.")]
    [PhoneNumber]
    public string? PhoneNumber { get; set; }

    public AddressInput Address { get; set; } = new();

    public static RegistrantInput From(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return new()
        {
            FirstName = customer.User.FirstName,
            LastName = customer.User.LastName,
            CompanyName = customer.CompanyName,
            Email = customer.User.Email,
            PhoneNumber = Customers.PhoneNumbers.Display(customer.User.PhoneNumber),
            Address = customer.PostalAddress is { } postal ? AddressInput.From(postal) : new(),
        };
    }

    public static RegistrantInput From(DomainContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new()
        {
            FirstName = contact.FirstName,
            LastName = contact.LastName,
            Gender = contact.Gender,
            CompanyName = contact.CompanyName,
            Email = contact.Email,
            PhoneNumber = Customers.PhoneNumbers.Display(contact.PhoneNumber),
            Address = new()
            {
                Street = contact.Street,
                HouseNumber = contact.HouseNumber,
                PostalCode = contact.PostalCode,
                City = contact.City,
                CountryCode = contact.CountryCode,
            },
        };
    }

    // The contact as the registry will know it. Gender is kept only when a registry asks for it.
    public DomainContact ToContact(Guid customerId, bool keepGender, DateTime now)
    {
        var country = Countries.Find(Address.CountryCode)!;
        return new DomainContact
        {
            Id = Guid.NewGuid(),
            CustomerId = customerId,
            FirstName = FirstName!.Trim(),
            LastName = LastName!.Trim(),
            Gender = keepGender ? Gender : null,
            CompanyName = string.IsNullOrWhiteSpace(CompanyName) ? null : CompanyName.Trim(),
            Street = Address.Street!.Trim(),
            HouseNumber = Address.HouseNumber!.Trim(),
            PostalCode = country.NormalisePostcode(Address.PostalCode!),
            City = Address.City!.Trim(),
            CountryCode = country.Code,
            PhoneNumber = Customers.PhoneNumbers.TryNormalise(PhoneNumber, country.Code) ?? "",
            Email = Email!.Trim(),
            CreatedAt = now,
        };
    }
}
