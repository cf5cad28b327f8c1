using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Privacy;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Domains;

internal sealed class DomainContactConfiguration : IEntityTypeConfiguration<DomainContact>
{
    public void Configure(EntityTypeBuilder<DomainContact> contact)
    {
        contact.Property(c => c.FirstName).HasMaxLength(100);
        contact.Property(c => c.LastName).HasMaxLength(100);
        contact.Property(c => c.Gender).HasMaxLength(8);
        contact.Property(c => c.CompanyName).HasMaxLength(200);
        contact.Property(c => c.Street).HasMaxLength(200);
        contact.Property(c => c.HouseNumber).HasMaxLength(20);
        contact.Property(c => c.PostalCode).HasMaxLength(16);
        contact.Property(c => c.City).HasMaxLength(100);
        contact.Property(c => c.CountryCode).HasMaxLength(2);
        contact.Property(c => c.PhoneNumber).HasMaxLength(32);
        contact.Property(c => c.Email).HasMaxLength(256);
        contact.Property(c => c.SupplierHandle).HasMaxLength(50);
        contact.HasIndex(c => c.CustomerId);
        contact.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);

        contact.Privacy(rules => rules
            .Category("Domain registrations")
            .DataSubjects("Customers and the registrants they name")
            .Subject(c => c.CustomerId)
            .PersonalData(c => c.FirstName, c => c.LastName, c => c.Gender, c => c.CompanyName, c => c.Street,
                c => c.HouseNumber, c => c.PostalCode, c => c.City, c => c.CountryCode, c => c.PhoneNumber, c => c.Email)
            .NotPersonalData(c => c.SupplierHandle)
            .Purpose("Registering domain names in the registrant's name, and applying for DV and OV certificates in the applicant's, as registries and certificate authorities require (2.3)", LegalBasis.Contract)
            .Recipients(Recipients.Openprovider, Recipients.Xolphin)
            .KeepWhileAccountExists("The registry must have correct registrant details for as long as the domain is registered")
            .OnErasure(Erasure.Delete));
    }
}
