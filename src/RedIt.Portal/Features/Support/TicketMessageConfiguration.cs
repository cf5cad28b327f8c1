using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Privacy;

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
            .KeepFor(years: 2, from: m => m.SentAt,
                because: "Two years lets us see earlier questions when the customer contacts us again; the ticket's own deletion takes its messages with it")
            .OnErasure(Erasure.Delete));
    }
}
