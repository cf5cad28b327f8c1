using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Accounts;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Support;

internal sealed class TicketMessageConfiguration : IEntityTypeConfiguration<TicketMessage>
{
    public void Configure(EntityTypeBuilder<TicketMessage> message)
    {
        message.Property(m => m.Body).HasMaxLength(20_000);
        message.Property(m => m.SenderIp).HasMaxLength(45);
        message.HasIndex(m => m.SentAt);
        message.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.AuthorUserId).OnDelete(DeleteBehavior.SetNull);

        message.Privacy(rules => rules
            .Category("Customer service")
            .DataSubjects("Customers and website visitors")
            .Subject(m => m.Ticket.PersonId)
            .PersonalData(m => m.Body, m => m.SenderIp)
            .Purpose("Answering questions and helping the customer better next time (2.1)", LegalBasis.LegitimateInterest)
            // A period of their own could remove the messages of a ticket that is still open.
            .KeepWithParent("The messages of a ticket go when the ticket goes, two years after it was closed")
            .OnErasure(Erasure.Delete));
    }
}
