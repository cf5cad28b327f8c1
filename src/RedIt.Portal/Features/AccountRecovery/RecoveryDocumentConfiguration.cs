using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.AccountRecovery;

internal sealed class RecoveryDocumentConfiguration : IEntityTypeConfiguration<RecoveryDocument>
{
    public void Configure(EntityTypeBuilder<RecoveryDocument> document)
    {
        document.Property(d => d.Kind).HasMaxLength(16);
        document.Property(d => d.FileName).HasMaxLength(255);
        document.Property(d => d.ContentType).HasMaxLength(100);
        document.HasIndex(d => d.UploadedAt);

        document.Privacy(rules => rules
            .Category("Account recovery")
            .Subject(d => d.Case.PersonId)
            .PersonalData(d => d.FileName, d => d.EncryptedContent)
            .NotPersonalData(d => d.ContentType)
            .Purpose("Checking the identity of someone who asks to restore access to an account (2.1)", LegalBasis.Contract)
            // Closing a case deletes its documents at once (RecoveryCases.CloseAsync); this limit catches
            // the cases nobody closes, counted from upload, the one date each document has.
            .KeepFor(TimeSpan.FromDays(30), from: d => d.UploadedAt, startsAt: "the upload",
                because: "The policy promises to delete these documents once access is restored; a case left open is given 30 days at most")
            .OnErasure(Erasure.Delete));
    }
}
