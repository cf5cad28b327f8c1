using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Infrastructure.Email;

internal sealed class QueuedMailAttachmentConfiguration : IEntityTypeConfiguration<QueuedMailAttachment>
{
    public void Configure(EntityTypeBuilder<QueuedMailAttachment> attachment)
    {
        attachment.Property(a => a.FileName).HasMaxLength(255);
        attachment.Property(a => a.ContentType).HasMaxLength(100);
        attachment.HasIndex(a => a.MailId);
        attachment.HasOne(a => a.Mail).WithMany().HasForeignKey(a => a.MailId).OnDelete(DeleteBehavior.Cascade);

        attachment.Privacy(rules => rules
            .Category("E-mails waiting to be sent")
            .DataSubjects("Customers and people who wrote to us")
            .Subject(a => a.Mail.PersonId)
            .PersonalData(a => a.FileName, a => a.EncryptedContent)
            .NotPersonalData(a => a.ContentType)
            .Purpose("Delivering the e-mails the portal sends, also when the mail server is briefly unavailable (2.1, 2.8)", LegalBasis.Contract)
            .KeepWithParent("A file goes with its mail, which is deleted once the mail server accepted it")
            .OnErasure(Erasure.Delete));
    }
}
