using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Privacy;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Billing;

internal sealed class PaymentRecordConfiguration : IEntityTypeConfiguration<PaymentRecord>
{
    public void Configure(EntityTypeBuilder<PaymentRecord> payment)
    {
        payment.Property(p => p.Reference).HasMaxLength(50);
        payment.HasIndex(p => p.Reference).IsUnique();
        payment.Property(p => p.Provider).HasMaxLength(40);
        payment.Property(p => p.Method).HasMaxLength(40);
        payment.Property(p => p.MaskedReference).HasMaxLength(40);
        payment.Property(p => p.Amount).HasPrecision(12, 2);
        payment.Property(p => p.Status).HasMaxLength(16);
        payment.HasIndex(p => p.At);
        payment.HasMany(p => p.Changes).WithOne().HasForeignKey(c => c.PaymentId).OnDelete(DeleteBehavior.Cascade);

        payment.Privacy(rules => rules
            .Category("Billing")
            .Subject(p => p.Invoice.CustomerId)
            .PersonalData(p => p.MaskedReference)
            .NotPersonalData(p => p.Reference, p => p.Provider, p => p.Method)
            .Purpose("Knowing that a service has been paid for (1.1, 2.4)", LegalBasis.Contract)
            .Purpose("Keeping the administration Dutch tax law requires (2.4)", LegalBasis.LegalObligation)
            .Recipients(Recipients.MultiSafepay)
            .KeepFor(years: 7, from: p => p.At, startsAt: "the payment", because: "Payments are part of the administration Dutch tax law (art. 52 AWR) requires keeping for seven years")
            .OnErasure(Erasure.KeepUntilRetentionEnds)
            // That a payment was made is bookkeeping; which card or account paid it is not.
            .StripOnErasure(p => p.MaskedReference)
            .AfterRetention(Erasure.Delete));
    }
}
