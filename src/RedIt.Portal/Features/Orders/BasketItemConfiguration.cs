using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Customers;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Orders;

internal sealed class BasketItemConfiguration : IEntityTypeConfiguration<BasketItem>
{
    public void Configure(EntityTypeBuilder<BasketItem> item)
    {
        item.Property(i => i.DomainName).HasMaxLength(253);
        item.Property(i => i.DomainAction).HasMaxLength(16);
        item.Property(i => i.ProtectedAuthCode).HasMaxLength(1000);
        item.HasIndex(i => new { i.CustomerId, i.AddedAt });
        item.HasOne<Customer>().WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Cascade);
        item.HasOne(i => i.Product).WithMany().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Cascade);

        item.Privacy(rules => rules
            .Category("Orders")
            .Subject(i => i.CustomerId)
            // A domain name often is a person's name.
            .PersonalData(i => i.DomainName)
            // A transfer's auth code is a secret of the domain, not about a person.
            .NotPersonalData(i => i.ProtectedAuthCode)
            .Purpose("Keeping what the customer chose until they check out (2.3)", LegalBasis.Contract)
            .KeepFor(TimeSpan.FromDays(30), from: i => i.AddedAt, startsAt: "adding it to the basket",
                because: "A basket nobody checks out within a month is forgotten; keeping it longer serves nothing")
            .OnErasure(Erasure.Delete));
    }
}
