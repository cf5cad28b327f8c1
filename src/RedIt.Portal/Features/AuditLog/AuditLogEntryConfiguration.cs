using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.AuditLog;

internal sealed class AuditLogEntryConfiguration : IEntityTypeConfiguration<AuditLogEntry>
{
    public const int DetailsLength = 500;

    public void Configure(EntityTypeBuilder<AuditLogEntry> entry)
    {
        entry.Property(e => e.Action).HasMaxLength(40);
        entry.Property(e => e.Details).HasMaxLength(DetailsLength);
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => e.SubjectPersonId);
        entry.HasIndex(e => e.RequestId);

        entry.Privacy(rules => rules
            .Category("Audit log of access to personal data")
            .DataSubjects("Customers and staff")
            .Subject(e => e.SubjectPersonId)
            // Details are written by the portal itself and name ids and counts only.
            .NotPersonalData(e => e.Details)
            .Purpose("Accountability for staff access to personal data (4; GDPR art. 5(2) and 32)", LegalBasis.LegalObligation)
            .KeepFor(years: 2, from: e => e.At, startsAt: "the access or change",
                because: "Proof of who accessed or changed personal data; two years covers the period in which complaints and audits usually look back")
            // It holds only ids, and it is the proof that an erasure was carried out.
            .OnErasure(Erasure.KeepUntilRetentionEnds));
    }
}
