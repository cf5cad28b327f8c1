using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Privacy;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Customers;

internal sealed class CustomerAddressConfiguration : IEntityTypeConfiguration<CustomerAddress>
{
    public void Configure(EntityTypeBuilder<CustomerAddress> address)
    {
        address.Property(a => a.Kind).HasMaxLength(16);
        address.Property(a => a.Street).HasMaxLength(200);
        address.Property(a => a.HouseNumber).HasMaxLength(20);
        address.Property(a => a.PostalCode).HasMaxLength(16);
        address.Property(a => a.City).HasMaxLength(100);
        address.Property(a => a.CountryCode).HasMaxLength(2);
        // One postal and at most one billing address per customer.
        address.HasIndex(a => new { a.CustomerId, a.Kind }).IsUnique();

        address.Privacy(rules => rules
            .Category("Addresses")
            .Subject(a => a.CustomerId)
            .PersonalData(a => a.Street, a => a.HouseNumber, a => a.PostalCode, a => a.City)
            .NotPersonalData(a => a.CountryCode)
            .Purpose("Contacting the customer by post and sending invoices to the address they chose (1.1)", LegalBasis.Contract)
            .Recipients(Recipients.GoogleMaps)
            .KeepWhileAccountExists("Needed for as long as the customer uses our services; erasure anonymises it")
            .OnErasure(Erasure.Anonymise));
    }
}
