using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Support;

internal sealed class TicketAttachmentConfiguration : IEntityTypeConfiguration<TicketAttachment>
{
    public void Configure(EntityTypeBuilder<TicketAttachment> attachment)
    {
        attachment.Property(a => a.FileName).HasMaxLength(255);
        attachment.Property(a => a.ContentType).HasMaxLength(100);
        attachment.HasIndex(a => a.MessageId);
        // Following the message keeps an attachment with its message when tickets are merged.
        attachment.HasOne(a => a.Message).WithMany(m => m.Attachments).HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);

        attachment.Privacy(rules => rules
            .Category("Customer service")
            .DataSubjects("Customers and website visitors")
            .Subject(a => a.Message.Ticket.PersonId)
            .PersonalData(a => a.FileName, a => a.EncryptedContent)
            .NotPersonalData(a => a.ContentType)
            .Purpose("Answering questions and helping the customer better next time (2.1)", LegalBasis.LegitimateInterest)
            .KeepWithParent("An attachment goes with its message, and so with its ticket, two years after it was closed")
            .OnErasure(Erasure.Delete));
    }
}
