using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Services;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Billing;

internal sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    public void Configure(EntityTypeBuilder<InvoiceLine> line)
    {
        line.Property(l => l.Description).HasMaxLength(300);
        line.Property(l => l.UnitPriceExclVat).HasPrecision(12, 2);
        line.Property(l => l.TotalExclVat).HasPrecision(12, 2);
        line.Property(l => l.VatRate).HasPrecision(5, 4);
        line.HasIndex(l => l.ServiceId);
        line.HasOne<Service>().WithMany().HasForeignKey(l => l.ServiceId).OnDelete(DeleteBehavior.SetNull);

        line.Privacy(rules => rules
            .Category("Billing")
            .Subject(l => l.Invoice.CustomerId)
            // The description names the domain, and a domain name often is a person's name.
            .PersonalData(l => l.Description)
            .Purpose("Keeping the administration Dutch tax law requires (2.4)", LegalBasis.LegalObligation)
            .KeepFor(years: 7, from: l => l.IssuedOn, startsAt: "the invoice date", because: "Dutch tax law (art. 52 AWR) requires keeping what an invoice charged for seven years")
            // The law asks for the description of what was supplied as long as the invoice is kept.
            .OnErasure(Erasure.KeepUntilRetentionEnds)
            .AfterRetention(Erasure.Delete));
    }
}
