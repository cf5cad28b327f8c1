using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Accounts;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Consent;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> record)
    {
        record.ToTable("ConsentRecords");
        record.Property(r => r.Purpose).HasMaxLength(32);
        record.Property(r => r.Source).HasMaxLength(32);
        record.HasIndex(r => new { r.PersonId, r.Purpose, r.Id });
        record.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Cascade);

        record.Privacy(rules => rules
            .Category("Consent")
            .DataSubjects("Customers and staff")
            .Subject(r => r.PersonId)
            .Purpose("Proof of consent to news e-mails (2.8) and analytics cookies (3.1), GDPR art. 7(1)", LegalBasis.LegalObligation)
            // Consent is only relied on for an existing account: news mails go to accounts, and after
            // erasure nothing is sent or measured in the person's name, so no proof is needed any more.
            .KeepWhileAccountExists("Proof of consent is needed as long as we rely on it, which is as long as the account exists; erasure ends every processing based on it, so the records are deleted with it")
            .OnErasure(Erasure.Delete));
    }
}
