using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Customers;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Orders;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> order)
    {
        order.Property(o => o.Number).HasMaxLength(20);
        order.HasIndex(o => o.Number).IsUnique();
        order.Property(o => o.Status).HasMaxLength(24);
        order.Property(o => o.Culture).HasMaxLength(8);
        order.Property(o => o.TotalExclVat).HasPrecision(12, 2);
        order.HasIndex(o => new { o.CustomerId, o.PlacedAt });
        order.HasIndex(o => new { o.Status, o.PlacedAt });
        // An order is part of the administration the tax office may ask for, like its invoice.
        order.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);
        order.HasOne<PortalUser>().WithMany().HasForeignKey(o => o.MarkedPaidById).OnDelete(DeleteBehavior.SetNull);
        order.HasMany(o => o.Lines).WithOne(l => l.Order).HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);

        order.Privacy(rules => rules
            .Category("Orders")
            .Subject(o => o.CustomerId)
            .NotPersonalData(o => o.Number, o => o.Culture)
            .Purpose("Delivering and charging for what the customer ordered (2.3)", LegalBasis.Contract)
            .Purpose("Keeping the administration Dutch tax law requires (2.4)", LegalBasis.LegalObligation)
            .KeepFor(years: 7, from: o => o.PlacedAt, startsAt: "the order",
                because: "An order is part of the administration Dutch tax law (art. 52 AWR) requires keeping for seven years")
            .OnErasure(Erasure.KeepUntilRetentionEnds)
            .AfterRetention(Erasure.Delete));
    }
}
