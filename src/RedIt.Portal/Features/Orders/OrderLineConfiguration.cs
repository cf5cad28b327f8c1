using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Catalog;
using RedIt.Portal.Features.Domains;
using RedIt.Portal.Features.Services;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Orders;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> line)
    {
        line.Property(l => l.ProductKind).HasMaxLength(24);
        line.Property(l => l.Description).HasMaxLength(300);
        line.Property(l => l.UnitPriceExclVat).HasPrecision(12, 2);
        line.Property(l => l.TotalExclVat).HasPrecision(12, 2);
        line.Property(l => l.DomainName).HasMaxLength(253);
        line.Property(l => l.DomainAction).HasMaxLength(16);
        line.Property(l => l.NameServers).HasMaxLength(1000);
        line.Property(l => l.ProtectedAuthCode).HasMaxLength(1000);
        line.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        line.HasOne<DomainContact>().WithMany().HasForeignKey(l => l.DomainContactId).OnDelete(DeleteBehavior.SetNull);
        line.HasOne<Service>().WithMany().HasForeignKey(l => l.ServiceId).OnDelete(DeleteBehavior.SetNull);

        line.Privacy(rules => rules
            .Category("Orders")
            .Subject(l => l.Order.CustomerId)
            // The description names the domain, and a domain name often is a person's name.
            .PersonalData(l => l.Description, l => l.DomainName)
            // The auth code is a secret of the domain, not about a person.
            .NotPersonalData(l => l.NameServers, l => l.ProtectedAuthCode)
            .Purpose("Delivering and charging for what the customer ordered (2.3)", LegalBasis.Contract)
            .KeepWithParent("A line goes with its order, seven years after it was placed")
            // The order stays for the tax office, which needs the amounts, not the domain's name:
            // the invoice keeps its own copy of what the law requires.
            .OnErasure(Erasure.Anonymise));
    }
}
