using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Customers;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Colocation;

internal sealed class DatacenterVisitConfiguration : IEntityTypeConfiguration<DatacenterVisit>
{
    public void Configure(EntityTypeBuilder<DatacenterVisit> visit)
    {
        visit.Property(v => v.Rack).HasMaxLength(50);
        visit.Property(v => v.Status).HasMaxLength(16);
        visit.Property(v => v.DeclineReason).HasMaxLength(1000);
        visit.Property(v => v.SupplierReference).HasMaxLength(100);
        visit.Property(v => v.SendStatus).HasMaxLength(16);
        visit.Property(v => v.ClaimedBy).HasMaxLength(100);
        visit.Property(v => v.LastSendError).HasMaxLength(500);
        visit.HasIndex(v => new { v.SendStatus, v.NextSendAttemptAt });
        visit.HasIndex(v => new { v.Status, v.StartsAt });
        visit.HasIndex(v => new { v.CustomerId, v.StartsAt });
        visit.HasIndex(v => v.EndsAt);
        visit.HasOne(v => v.Service).WithMany().HasForeignKey(v => v.ServiceId).OnDelete(DeleteBehavior.Cascade);
        visit.HasOne<Customer>().WithMany().HasForeignKey(v => v.CustomerId).OnDelete(DeleteBehavior.Cascade);
        visit.HasOne<PortalUser>().WithMany().HasForeignKey(v => v.DecidedById).OnDelete(DeleteBehavior.SetNull);
        visit.HasMany(v => v.Visitors).WithOne(v => v.Visit).HasForeignKey(v => v.VisitId).OnDelete(DeleteBehavior.Cascade);

        visit.Privacy(rules => rules
            .Category("Datacenter visits")
            .Subject(v => v.CustomerId)
            .PersonalData(v => v.DeclineReason)
            .NotPersonalData(v => v.Rack, v => v.SupplierReference, v => v.ClaimedBy, v => v.LastSendError)
            .Purpose("Giving the customer's visitors access to their equipment in the datacenter (2.5)", LegalBasis.Contract)
            .KeepFor(years: 1, from: v => v.EndsAt, startsAt: "the end of the visit",
                because: "Questions about who was in the datacenter come within a year of a visit")
            .OnErasure(Erasure.Delete));
    }
}
