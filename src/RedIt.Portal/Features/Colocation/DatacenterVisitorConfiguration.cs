using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Privacy;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Colocation;

internal sealed class DatacenterVisitorConfiguration : IEntityTypeConfiguration<DatacenterVisitor>
{
    public void Configure(EntityTypeBuilder<DatacenterVisitor> visitor)
    {
        visitor.Property(v => v.FirstName).HasMaxLength(100);
        visitor.Property(v => v.LastName).HasMaxLength(100);

        visitor.Privacy(rules => rules
            .Category("Datacenter visits")
            .DataSubjects("Visitors a colocation customer names")
            .Subject(v => v.Visit.CustomerId)
            .PersonalData(v => v.FirstName, v => v.LastName)
            .Purpose("Giving the customer's visitors access to their equipment in the datacenter (2.5)", LegalBasis.Contract)
            .Recipients(Recipients.Datacenter)
            .KeepWithParent("A visitor's name goes with the visit, a year after it ended")
            .OnErasure(Erasure.Delete));
    }
}
