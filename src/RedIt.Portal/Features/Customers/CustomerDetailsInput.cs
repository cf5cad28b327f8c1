using System.ComponentModel.DataAnnotations;
using RedIt.Portal.Features.Customers.Validation;

namespace RedIt.Portal.Features.Customers;

// What clause 1.1 collects from a customer: asked at sign-up, corrected on the profile page.
public class CustomerDetailsInput : IHasAddress
{
    [Display(Name = "I am a")]
    public CustomerKind Kind { get; set; } = CustomerKind.Private;

    [Display(Name = "First name")]
    [Required(ErrorMessage = "Please enter your first name.")]
    [StringLength(100, ErrorMessage = "Your first name can be at most {1} characters.")]
    public string? FirstName { get; set; }

    [Display(Name = "Last name")]
    [Required(ErrorMessage = "Please enter your last name.")]
    [StringLength(100, ErrorMessage = "Your last name can be at most {1} characters.")]
    public string? LastName { get; set; }

    [Display(Name = "Phone number")]
    [Required(ErrorMessage = "Please enter your phone number.")]
    [StringLength(30, ErrorMessage = "The phone number can be at most {1} characters.")]
    [PhoneNumber]
    public string? PhoneNumber { get; set; }

    public AddressInput Address { get; set; } = new();

    [Display(Name = "Send invoices to a different address")]
    public bool HasBillingAddress { get; set; }

    public AddressInput BillingAddress { get; set; } = new();

    [Display(Name = "Company name")]
    [StringLength(200, ErrorMessage = "The company name can be at most {1} characters.")]
    [BusinessField(BusinessField.CompanyName)]
    public string? CompanyName { get; set; }

    [Display(Name = "Chamber of Commerce (KvK) number")]
    [BusinessField(BusinessField.KvkNumber)]
    public string? KvkNumber { get; set; }

    [Display(Name = "VAT number")]
    [BusinessField(BusinessField.VatNumber)]
    public string? VatNumber { get; set; }

    public static CustomerDetailsInput From(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var details = new CustomerDetailsInput();
        details.Fill(customer);
        return details;
    }

    protected void Fill(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        Kind = customer.Kind;
        FirstName = customer.User.FirstName;
        LastName = customer.User.LastName;
        PhoneNumber = PhoneNumbers.Display(customer.User.PhoneNumber);
        CompanyName = customer.CompanyName;
        KvkNumber = customer.KvkNumber;
        VatNumber = customer.VatNumber;
        if (customer.PostalAddress is { } postal)
        {
            Address = AddressInput.From(postal);
        }

        HasBillingAddress = customer.BillingAddress is not null;
        if (customer.BillingAddress is { } billing)
        {
            BillingAddress = AddressInput.From(billing);
        }
    }

    // Writes the validated input onto the customer; the caller saves once, so nothing is half-saved.
    public void CopyTo(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        customer.Kind = Kind;
        customer.User.FirstName = FirstName!.Trim();
        customer.User.LastName = LastName!.Trim();
        customer.User.PhoneNumber = PhoneNumbers.TryNormalise(PhoneNumber, Address.CountryCode);
        var business = Kind == CustomerKind.Business;
        customer.CompanyName = business ? CompanyName!.Trim() : null;
        customer.KvkNumber = business ? BusinessNumbers.Compact(KvkNumber!) : null;
        customer.VatNumber = business ? BusinessNumbers.Compact(VatNumber!) : null;

        var postal = customer.PostalAddress;
        if (postal is null)
        {
            postal = new CustomerAddress { CustomerId = customer.Id, Kind = AddressKind.Postal };
            customer.Addresses.Add(postal);
        }

        Address.CopyTo(postal);

        var billing = customer.BillingAddress;
        if (HasBillingAddress)
        {
            if (billing is null)
            {
                billing = new CustomerAddress { CustomerId = customer.Id, Kind = AddressKind.Billing };
                customer.Addresses.Add(billing);
            }

            BillingAddress.CopyTo(billing);
        }
        else if (billing is not null)
        {
            customer.Addresses.Remove(billing);
        }
    }
}
