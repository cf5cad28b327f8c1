using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Accounts;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Support;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> ticket)
    {
        ticket.Property(t => t.Subject).HasMaxLength(200);
        ticket.Property(t => t.Email).HasMaxLength(256);
        ticket.Property(t => t.Name).HasMaxLength(200);
        ticket.Property(t => t.Culture).HasMaxLength(5);
        ticket.Property(t => t.Status).HasMaxLength(24);
        ticket.Property(t => t.Topic).HasMaxLength(16);
        ticket.Property(t => t.Priority).HasMaxLength(16);
        ticket.HasIndex(t => t.Number).IsUnique();
        // The queue's orders end with Number, so the index gives every page without a sort.
        ticket.HasIndex(t => new { t.Status, t.OpenedAt, t.Number });
        ticket.HasIndex(t => new { t.OpenedAt, t.Number });
        ticket.HasIndex(t => new { t.Topic, t.Status });
        ticket.HasIndex(t => t.AssigneeUserId);
        ticket.HasIndex(t => t.PersonId);
        ticket.HasIndex(t => t.WaitingSince);
        ticket.HasOne<PortalUser>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.SetNull);
        ticket.HasOne<PortalUser>().WithMany().HasForeignKey(t => t.AssigneeUserId).OnDelete(DeleteBehavior.SetNull);
        ticket.HasMany(t => t.Messages).WithOne(m => m.Ticket).HasForeignKey(m => m.TicketId).OnDelete(DeleteBehavior.Cascade);

        ticket.Privacy(rules => rules
            .Category("Customer service")
            .DataSubjects("Customers and website visitors")
            .Subject(t => t.PersonId)
            .AlsoFoundByEmail(t => t.Email)
            .PersonalData(t => t.Subject, t => t.Email, t => t.Name)
            .NotPersonalData(t => t.Culture)
            .Purpose("Answering questions and helping the customer better next time (2.1)", LegalBasis.LegitimateInterest)
            // An open ticket has no ClosedAt and so never expires while it is being worked on.
            .KeepFor(years: 2, from: t => t.ClosedAt, startsAt: "the closing of the ticket",
                because: "Two years after closing lets us see earlier questions when the customer contacts us again")
            .OnErasure(Erasure.Delete));
    }
}
