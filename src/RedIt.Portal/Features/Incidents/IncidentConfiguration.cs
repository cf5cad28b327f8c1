using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Incidents;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> incident)
    {
        incident.Property(i => i.TitleEn).HasMaxLength(200);
        incident.Property(i => i.TitleNl).HasMaxLength(200);
        incident.Property(i => i.BodyEn).HasMaxLength(4000);
        incident.Property(i => i.BodyNl).HasMaxLength(4000);
        incident.Property(i => i.Status).HasMaxLength(16);
        incident.HasIndex(i => new { i.Status, i.StartedAt });
        incident.HasMany(i => i.Scopes).WithOne().HasForeignKey(s => s.IncidentId).OnDelete(DeleteBehavior.Cascade);
        incident.HasMany(i => i.Updates).WithOne().HasForeignKey(u => u.IncidentId).OnDelete(DeleteBehavior.Cascade);

        incident.NoPersonalData("Outage notices for the status page: what broke, where and when, naming no person");
    }
}
