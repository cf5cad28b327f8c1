using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Incidents;

internal sealed class IncidentUpdateConfiguration : IEntityTypeConfiguration<IncidentUpdate>
{
    public void Configure(EntityTypeBuilder<IncidentUpdate> update)
    {
        update.Property(u => u.BodyEn).HasMaxLength(4000);
        update.Property(u => u.BodyNl).HasMaxLength(4000);
        update.Property(u => u.Status).HasMaxLength(16);
        update.HasIndex(u => new { u.IncidentId, u.PostedAt });

        update.NoPersonalData("Updates on an outage for the status page: how the work goes, naming no person");
    }
}
