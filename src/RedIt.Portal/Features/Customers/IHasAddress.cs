namespace RedIt.Portal.Features.Customers;

// A form with an address, whose country is the default region for its phone number.
public interface IHasAddress
{
    AddressInput Address { get; }
}
