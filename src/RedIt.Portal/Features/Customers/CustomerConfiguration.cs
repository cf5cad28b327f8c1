using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Customers;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> customer)
    {
        customer.Property(c => c.Kind).HasMaxLength(16);
        customer.Property(c => c.CompanyName).HasMaxLength(200);
        customer.Property(c => c.KvkNumber).HasMaxLength(8);
        customer.Property(c => c.VatNumber).HasMaxLength(20);
        customer.HasIndex(c => c.Number).IsUnique();
        customer.HasOne(c => c.User).WithOne().HasForeignKey<Customer>(c => c.Id).OnDelete(DeleteBehavior.Cascade);
        customer.HasMany(c => c.Addresses).WithOne().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Cascade);
        customer.Ignore(c => c.PostalAddress);
        customer.Ignore(c => c.BillingAddress);

        customer.Privacy(rules => rules
            .Category("Customer details")
            .Subject(c => c.Id)
            // Company data is not personal data under the GDPR, but a sole trader's KvK entry names a person.
            .PersonalData(c => c.CompanyName, c => c.KvkNumber, c => c.VatNumber)
            .Purpose("Knowing who we do business with and invoicing them (1.1)", LegalBasis.Contract)
            .KeepWhileAccountExists("Needed for as long as the customer uses our services; erasure anonymises it")
            .OnErasure(Erasure.Anonymise));
    }
}
