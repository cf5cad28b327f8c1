using RedIt.Portal.Features.Accounts;

namespace RedIt.Portal.Features.Customers;

// Shares its key with the PortalUser: a customer is a login plus what clause 1.1 collects.
public class Customer
{
    public Guid Id { get; set; }

    public PortalUser User { get; set; } = null!;

    // What the customer quotes on the phone and in mail; handed out in order from 10001 (CustomerNumbers).
    public int Number { get; set; }

    public CustomerKind Kind { get; set; }

    public string? CompanyName { get; set; }

    public string? KvkNumber { get; set; }

    public string? VatNumber { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<CustomerAddress> Addresses { get; set; } = [];

    public CustomerAddress? PostalAddress => Addresses.FirstOrDefault(a => a.Kind == AddressKind.Postal);

    public CustomerAddress? BillingAddress => Addresses.FirstOrDefault(a => a.Kind == AddressKind.Billing);
}
