using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Services;

internal sealed class UsageAlertConfiguration : IEntityTypeConfiguration<UsageAlert>
{
    public void Configure(EntityTypeBuilder<UsageAlert> alert)
    {
        alert.Property(a => a.Metric).HasMaxLength(16);
        alert.Property(a => a.Period).HasMaxLength(7);
        alert.HasIndex(a => new { a.ServiceId, a.Metric, a.ThresholdPercent, a.Period }).IsUnique();
        alert.HasOne(a => a.Service).WithMany().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Cascade);

        alert.Privacy(rules => rules
            .Category("Service e-mails")
            .Subject(a => a.Service.CustomerId)
            .NotPersonalData(a => a.Period)
            .Purpose("Telling customers their service nearly reached its limit, once per threshold (2.8)", LegalBasis.Contract)
            .KeepFor(years: 1, from: a => a.SentAt, startsAt: "the mail",
                because: "Only the current period's alerts matter; a year answers a question about an earlier mail")
            .OnErasure(Erasure.Delete));
    }
}
