using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Customers;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Services;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> service)
    {
        service.Property(s => s.Kind).HasMaxLength(24);
        service.Property(s => s.Name).HasMaxLength(253);
        service.Property(s => s.Status).HasMaxLength(16);
        service.Property(s => s.SupplierReference).HasMaxLength(100);
        service.Property(s => s.Platform).HasMaxLength(100);
        service.Property(s => s.NameServers).HasMaxLength(1000);
        service.HasIndex(s => new { s.CustomerId, s.Status });
        service.HasIndex(s => s.RenewsOn);
        service.HasIndex(s => s.Platform);
        service.HasIndex(s => s.Name);
        service.HasOne<Customer>().WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Restrict);
        service.HasOne(s => s.Product).WithMany().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Restrict);

        service.Privacy(rules => rules
            .Category("Services")
            .Subject(s => s.CustomerId)
            // A domain or mailbox address often is a person's name.
            .PersonalData(s => s.Name)
            .NotPersonalData(s => s.SupplierReference, s => s.Platform, s => s.NameServers)
            // What the hosting platform measured: amounts of a service, about no one in them (2.8).
            .NotPersonalData(s => s.TrafficUsedBytes, s => s.TrafficLimitBytes, s => s.StorageUsedBytes, s => s.StorageLimitBytes, s => s.UsageReportedAt)
            .Purpose("Providing the services the customer ordered (2.3)", LegalBasis.Contract)
            .KeepFor(years: 2, from: s => s.EndedAt, startsAt: "the end of the service",
                because: "Questions about a service and its last invoice come within two years of its end")
            .OnErasure(Erasure.Delete));
    }
}
