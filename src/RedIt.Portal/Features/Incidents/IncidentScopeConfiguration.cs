using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Catalog;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Incidents;

internal sealed class IncidentScopeConfiguration : IEntityTypeConfiguration<IncidentScope>
{
    public void Configure(EntityTypeBuilder<IncidentScope> scope)
    {
        scope.Property(s => s.Platform).HasMaxLength(100);
        scope.HasOne<Product>().WithMany().HasForeignKey(s => s.ProductId).OnDelete(DeleteBehavior.Cascade);

        scope.NoPersonalData("Which products or platforms an outage affects");
    }
}
