using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Privacy;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Billing.Vat;

internal sealed class VatNumberVerificationConfiguration : IEntityTypeConfiguration<VatNumberVerification>
{
    public void Configure(EntityTypeBuilder<VatNumberVerification> check)
    {
        check.Property(c => c.CountryCode).HasMaxLength(2);
        check.Property(c => c.VatNumber).HasMaxLength(20);
        check.Property(c => c.Status).HasMaxLength(16);
        check.Property(c => c.ConsultationNumber).HasMaxLength(40);
        check.Property(c => c.LastError).HasMaxLength(200);
        check.HasIndex(c => new { c.CustomerId, c.RequestedAt });
        check.HasIndex(c => new { c.Status, c.NextAttemptAt });
        check.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);

        check.Privacy(rules => rules
            .Category("Billing")
            .Subject(c => c.CustomerId)
            // A sole trader's VAT number names a person.
            .PersonalData(c => c.VatNumber)
            .NotPersonalData(c => c.CountryCode, c => c.ConsultationNumber, c => c.LastError)
            .Purpose("Charging the right VAT to businesses in other EU countries (2.4)", LegalBasis.LegalObligation)
            .Recipients(Recipients.Vies)
            .KeepFor(years: 7, from: c => c.RequestedAt, startsAt: "the check",
                because: "The consultation number proves to the tax office (art. 52 AWR) why an invoice was reverse charged")
            .OnErasure(Erasure.KeepUntilRetentionEnds)
            .AfterRetention(Erasure.Delete));
    }
}
