using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Retention;

internal sealed class RetentionSweepRunConfiguration : IEntityTypeConfiguration<RetentionSweepRun>
{
    public void Configure(EntityTypeBuilder<RetentionSweepRun> run)
    {
        run.Property(r => r.Trigger).HasMaxLength(16);
        run.Property(r => r.LinesJson).HasMaxLength(20_000);
        run.HasIndex(r => r.StartedAt);
        run.NoPersonalData("Counts of rows per category and when the sweep ran; never which rows or whose");
    }
}
