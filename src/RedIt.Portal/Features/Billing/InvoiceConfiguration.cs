using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Features.Orders;
using RedIt.Portal.Privacy;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Billing;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> invoice)
    {
        invoice.Property(i => i.Kind).HasMaxLength(16);
        invoice.Property(i => i.Number).HasMaxLength(20);
        invoice.HasIndex(i => i.Number).IsUnique();
        invoice.Property(i => i.Status).HasMaxLength(16);
        invoice.Property(i => i.Culture).HasMaxLength(8);
        invoice.Property(i => i.VatTreatment).HasMaxLength(16);
        invoice.Property(i => i.TotalExclVat).HasPrecision(12, 2);
        invoice.Property(i => i.TotalVat).HasPrecision(12, 2);
        invoice.Property(i => i.Total).HasPrecision(12, 2);
        invoice.Property(i => i.BuyerVatNumber).HasMaxLength(20);
        invoice.Property(i => i.VatConsultationNumber).HasMaxLength(40);
        invoice.Property(i => i.BillingName).HasMaxLength(200);
        invoice.Property(i => i.BillingStreet).HasMaxLength(200);
        invoice.Property(i => i.BillingHouseNumber).HasMaxLength(20);
        invoice.Property(i => i.BillingPostalCode).HasMaxLength(16);
        invoice.Property(i => i.BillingCity).HasMaxLength(100);
        invoice.Property(i => i.BillingCountryCode).HasMaxLength(2);
        invoice.Property(i => i.Email).HasMaxLength(256);
        invoice.HasIndex(i => i.IssuedOn);
        invoice.HasIndex(i => new { i.CustomerId, i.IssuedOn });
        invoice.HasIndex(i => new { i.Status, i.DueOn });
        invoice.HasOne<Invoice>().WithMany().HasForeignKey(i => i.CreditsInvoiceId).OnDelete(DeleteBehavior.Restrict);
        invoice.HasOne<Order>().WithMany().HasForeignKey(i => i.OrderId).OnDelete(DeleteBehavior.Restrict);
        invoice.HasOne<PortalUser>().WithMany().HasForeignKey(i => i.IssuedById).OnDelete(DeleteBehavior.SetNull);
        invoice.HasMany(i => i.Lines).WithOne(l => l.Invoice).HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        // The tax office may ask for an invoice for seven years: a customer record cannot be deleted from under it.
        invoice.HasOne<Customer>().WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Restrict);
        invoice.HasMany(i => i.Payments).WithOne(p => p.Invoice).HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Cascade);

        invoice.Privacy(rules => rules
            .Category("Billing")
            .Subject(i => i.CustomerId)
            // A sole trader's VAT number names a person; a reverse-charged invoice must show it.
            .PersonalData(i => i.BillingName, i => i.BillingStreet, i => i.BillingHouseNumber, i => i.BillingPostalCode, i => i.BillingCity, i => i.BuyerVatNumber, i => i.Email)
            .NotPersonalData(i => i.Number, i => i.BillingCountryCode, i => i.Culture, i => i.VatConsultationNumber)
            .Purpose("Charging for the services used (2.4)", LegalBasis.Contract)
            .Purpose("Keeping the administration Dutch tax law requires (2.4)", LegalBasis.LegalObligation)
            .Recipients(Recipients.MultiSafepay, Recipients.DasIncasso)
            .KeepFor(years: 7, from: i => i.IssuedOn, startsAt: "the invoice date", because: "Dutch tax law (art. 52 AWR) requires keeping invoices for seven years")
            .OnErasure(Erasure.KeepUntilRetentionEnds)
            // The law asks for the invoice as sent, not for a way to e-mail the customer afterwards.
            .StripOnErasure(i => i.Email)
            .AfterRetention(Erasure.Anonymise)
            .AnonymisedFlag(i => i.AnonymisedAt));
    }
}
