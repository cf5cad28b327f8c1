namespace RedIt.Portal.Features.Customers;

public enum AddressKind
{
    Postal,
    Billing,
}
