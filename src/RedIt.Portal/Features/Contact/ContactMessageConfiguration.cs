using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Support;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Contact;

internal sealed class ContactMessageConfiguration : IEntityTypeConfiguration<ContactMessage>
{
    public void Configure(EntityTypeBuilder<ContactMessage> message)
    {
        message.Property(m => m.Email).HasMaxLength(256);
        message.Property(m => m.Name).HasMaxLength(200);
        message.Property(m => m.Message).HasMaxLength(10_000);
        message.Property(m => m.SenderIp).HasMaxLength(45);
        message.Property(m => m.Subject).HasMaxLength(200);
        message.Property(m => m.Topic).HasMaxLength(16);
        message.HasIndex(m => m.TicketId);
        message.HasOne<Ticket>().WithMany().HasForeignKey(m => m.TicketId).OnDelete(DeleteBehavior.SetNull);
        message.HasIndex(m => m.ReceivedAt);
        // The message outlives nothing it belongs to: an account that goes leaves an anonymous message.
        message.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.SetNull);

        message.Privacy(rules => rules
            .Category("Contact messages")
            .DataSubjects("Customers and website visitors")
            .Subject(m => m.PersonId)
            .AlsoFoundByEmail(m => m.Email)
            .PersonalData(m => m.Email, m => m.Name, m => m.Subject, m => m.Message, m => m.SenderIp)
            .Purpose("Answering the question and helping the sender better next time (1.2, 2.1)", LegalBasis.LegitimateInterest)
            .KeepFor(years: 2, from: m => m.ReceivedAt, startsAt: "the receipt of the message",
                because: "Two years lets us see earlier questions when the sender contacts us again")
            // The address only helps against abuse of the form (spam runs, threats), and abuse is
            // noticed and reported within weeks; after that it would be kept for nothing.
            .ClearSooner(m => m.SenderIp, TimeSpan.FromDays(90), from: m => m.ReceivedAt, startsAt: "the receipt of the message",
                because: "The IP address of the contact form serves only to trace abuse of the form, which shows within weeks")
            .OnErasure(Erasure.Delete));
    }
}
