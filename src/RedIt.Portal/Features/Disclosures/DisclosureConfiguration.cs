using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Accounts;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Disclosures;

internal sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> disclosure)
    {
        disclosure.Property(d => d.Recipient).HasMaxLength(200);
        disclosure.Property(d => d.DataItems).HasMaxLength(1000);
        disclosure.Property(d => d.Purpose).HasMaxLength(500);
        disclosure.Property(d => d.LegalGround).HasMaxLength(500);
        disclosure.Property(d => d.Reference).HasMaxLength(200);
        disclosure.HasIndex(d => new { d.PersonId, d.At });
        // Accounts are anonymised, never deleted, so the record of a transfer can never lose its person.
        disclosure.HasOne<PortalUser>().WithMany().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
        disclosure.HasOne<PortalUser>().WithMany().HasForeignKey(d => d.RecordedByUserId).OnDelete(DeleteBehavior.SetNull);

        disclosure.Privacy(rules => rules
            .Category("Disclosures to third parties")
            .Subject(d => d.PersonId)
            .PersonalData(d => d.Recipient, d => d.DataItems, d => d.Purpose, d => d.LegalGround, d => d.Reference)
            .Purpose("Showing what personal data went to which third party, when and why (2.3, 2.4, 2.5, 2.11)", LegalBasis.LegalObligation)
            .KeepFor(years: 7, from: d => d.At, startsAt: "the disclosure",
                because: "Proof that a transfer was lawful, kept as long as the invoices it often belongs to")
            // The person has a right to know about these transfers, so erasure does not wipe the record of them.
            .OnErasure(Erasure.KeepUntilRetentionEnds)
            .AfterRetention(Erasure.Delete));
    }
}
