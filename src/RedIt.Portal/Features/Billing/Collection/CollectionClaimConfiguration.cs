using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Privacy;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Billing.Collection;

internal sealed class CollectionClaimConfiguration : IEntityTypeConfiguration<CollectionClaim>
{
    public void Configure(EntityTypeBuilder<CollectionClaim> claim)
    {
        claim.Property(c => c.Reference).HasMaxLength(40);
        claim.HasIndex(c => c.Reference).IsUnique();
        claim.Property(c => c.State).HasMaxLength(16);
        claim.Property(c => c.CollectorReference).HasMaxLength(100);
        claim.HasIndex(c => c.HandedOverAt);
        claim.HasIndex(c => new { c.CustomerId, c.HandedOverAt });
        // Like the invoices it collects, a claim keeps its customer record from being deleted.
        claim.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        claim.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.HandedOverById).OnDelete(DeleteBehavior.SetNull);
        claim.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.StateChangedById).OnDelete(DeleteBehavior.SetNull);
        claim.HasMany(c => c.Invoices).WithOne(i => i.Claim).HasForeignKey(i => i.ClaimId).OnDelete(DeleteBehavior.Cascade);

        claim.Privacy(rules => rules
            .Category("Reminders and collection")
            .Subject(c => c.CustomerId)
            // What went to DAS Incasso: the name and address on the invoices, the invoices and the
            // reminders and letters; and DAS Incasso's number of the customer's file.
            .PersonalData(c => c.Payload, c => c.CollectorReference)
            .NotPersonalData(c => c.Reference)
            .Purpose("Collecting invoices that stay unpaid after the payment term and the reminders, through the debt collection agency (2.4)", LegalBasis.LegitimateInterest)
            .Recipients(Recipients.DasIncasso)
            .KeepFor(years: 7, from: c => c.HandedOverAt, startsAt: "the hand-over",
                because: "The claim's file: what went to the debt collection agency and when, kept as long as the invoices it collects")
            // Nothing is stripped: the request as sent is the record of what left and the basis of
            // a claim that may still be pursued; the customer may ask what DAS Incasso received.
            .OnErasure(Erasure.KeepUntilRetentionEnds)
            .AfterRetention(Erasure.Delete));
    }
}

internal sealed class CollectionClaimInvoiceConfiguration : IEntityTypeConfiguration<CollectionClaimInvoice>
{
    public void Configure(EntityTypeBuilder<CollectionClaimInvoice> link)
    {
        link.HasKey(l => new { l.ClaimId, l.InvoiceId });
        link.HasIndex(l => l.InvoiceId).IsUnique();
        // An invoice is anonymised after seven years, never deleted, so it cannot leave a claim.
        link.HasOne<Invoice>().WithMany().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Restrict);

        link.NoPersonalData("Which invoices a claim handed over; the claim says whose they are and what was sent, and goes with them");
    }
}
