using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Privacy;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Billing.Collection;

internal sealed class InvoiceCommunicationConfiguration : IEntityTypeConfiguration<InvoiceCommunication>
{
    public void Configure(EntityTypeBuilder<InvoiceCommunication> communication)
    {
        communication.Property(c => c.Kind).HasMaxLength(24);
        communication.Property(c => c.Culture).HasMaxLength(8);
        communication.Property(c => c.Subject).HasMaxLength(300);
        communication.Property(c => c.CollectionCosts).HasPrecision(12, 2);
        // Each step once per invoice, whichever instance or rerun tries it: the second insert fails.
        communication.HasIndex(c => new { c.InvoiceId, c.Kind }).IsUnique();
        communication.HasIndex(c => c.SentAt);
        communication.HasOne(c => c.Invoice).WithMany().HasForeignKey(c => c.InvoiceId).OnDelete(DeleteBehavior.Cascade);

        communication.Privacy(rules => rules
            .Category("Reminders and collection")
            .Subject(c => c.Invoice.CustomerId)
            // The greeting names the customer, and the text quotes the invoice.
            .PersonalData(c => c.Subject, c => c.Text)
            .NotPersonalData(c => c.Culture)
            .Purpose("Reminding the customer of unpaid invoices and giving notice before collection costs are charged (2.4)", LegalBasis.Contract)
            .Recipients(Recipients.DasIncasso)
            .KeepFor(years: 7, from: c => c.SentAt, startsAt: "the sending",
                because: "Part of the claim's file: the proof of the reminders and of the 14-day letter (art. 6:96 BW), kept as long as the invoices they are about")
            // Nothing is stripped: the text as sent is what proves the notice the law requires,
            // and it holds no more of the customer than the invoice it is about.
            .OnErasure(Erasure.KeepUntilRetentionEnds)
            .AfterRetention(Erasure.Delete));
    }
}
