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
        recovery.HasIndex(c => new { c.Status, c.OpenedAt });
        recovery.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        recovery.HasMany(c => c.Documents).WithOne(d => d.Case).HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);

        recovery.Privacy(rules => rules
            .Category("Account recovery")
            .Subject(c => c.PersonId)
            .Purpose("Restoring access to an account whose e-mail address the customer no longer has (2.1)", LegalBasis.Contract)
            .Purpose("Being able to show how and when access to an account was handed over (4)", LegalBasis.LegitimateInterest)
            .KeepFor(years: 1, from: c => c.OpenedAt, startsAt: "the opening of the case",
                because: "For a year we can answer questions about who was given access to the account; the case holds no documents by then")
            .OnErasure(Erasure.Delete));
    }
}
