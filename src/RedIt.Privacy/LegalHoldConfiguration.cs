using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace RedIt.Privacy;

public sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(h => h.Entity).HasMaxLength(200);
        builder.Property(h => h.RowKey).HasMaxLength(200);
        builder.Property(h => h.Reason).HasMaxLength(1000);
        builder.HasIndex(h => new { h.Entity, h.RowKey });
        builder.HasIndex(h => h.PlacedAt);
        builder.HasIndex(h => h.PersonId);

        builder.Privacy(rules => rules
            .Category("Legal holds")
            .DataSubjects("Customers and other people whose records are held")
            .Subject(h => h.PersonId)
            .PersonalData(h => h.Reason)
            .NotPersonalData(h => h.Entity, h => h.RowKey)
            .Purpose("Showing why, by whom and how long a record was kept past its retention period (4)", LegalBasis.LegitimateInterest)
            // Counted from the lifting, so a hold that is still active is never swept away itself.
            .KeepFor(years: 2, from: h => h.LiftedAt, startsAt: "the lifting of the hold",
                because: "For two years after a hold ends we can show why a record outlived its retention period")
            .OnErasure(Erasure.KeepUntilRetentionEnds));
    }
}
