using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Accounts;
using RedIt.Privacy;

namespace RedIt.Portal.Features.AccountRecovery;

internal sealed class RecoveryCaseConfiguration : IEntityTypeConfiguration<RecoveryCase>
{
    public void Configure(EntityTypeBuilder<RecoveryCase> recovery)
    {
        recovery.Property(c => c.Status).HasMaxLength(16);
        recovery.Property(c => c.NewEmail).HasMaxLength(256);
        recovery.Property(c => c.ConfirmationTokenHash).HasMaxLength(128);
        recovery.Property(c => c.Culture).HasMaxLength(8);
        recovery.Property(c => c.CustomerKind).HasMaxLength(16);
        recovery.Property(c => c.DirectorAuthority).HasMaxLength(16);
        recovery.Property(c => c.RejectionReason).HasMaxLength(1000);
        recovery.Property(c => c.DocumentsDeletedBy).HasMaxLength(256);
        recovery.Property(c => c.DeletedDocuments).HasMaxLength(500);
        recovery.HasIndex(c => c.ConfirmationTokenHash);
        recovery.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.ReviewerId).OnDelete(DeleteBehavior.SetNull);
        recovery.HasIndex(c => new { c.Status, c.OpenedAt });
        recovery.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        recovery.HasMany(c => c.Documents).WithOne(d => d.Case).HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);

        recovery.Privacy(rules => rules
            .Category("Account recovery")
            .Subject(c => c.PersonId)
            .PersonalData(c => c.NewEmail, c => c.RejectionReason)
            .NotPersonalData(c => c.ConfirmationTokenHash, c => c.Culture, c => c.DocumentsDeletedBy, c => c.DeletedDocuments)
            .Purpose("Restoring access to an account whose e-mail address the customer no longer has (2.1)", LegalBasis.Contract)
            .Purpose("Being able to show how and when access to an account was handed over (4)", LegalBasis.LegitimateInterest)
            .KeepFor(years: 1, from: c => c.OpenedAt, startsAt: "the opening of the case",
                because: "For a year we can answer questions about who was given access to the account; the case holds no documents by then")
            .OnErasure(Erasure.Delete));
    }
}
