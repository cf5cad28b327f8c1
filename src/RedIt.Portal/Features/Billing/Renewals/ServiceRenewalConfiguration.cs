using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Services;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Billing.Renewals;

internal sealed class ServiceRenewalConfiguration : IEntityTypeConfiguration<ServiceRenewal>
{
    public void Configure(EntityTypeBuilder<ServiceRenewal> renewal)
    {
        renewal.HasIndex(r => new { r.ServiceId, r.RenewsOn }).IsUnique();
        renewal.HasIndex(r => r.OrderId);
        // Without the service there is nothing left to renew twice.
        renewal.HasOne<Service>().WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Cascade);
        renewal.HasOne(r => r.Order).WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);

        renewal.Privacy(rules => rules
            .Category("Orders")
            .Subject(r => r.Order.CustomerId)
            .Purpose("Invoicing each renewal of a service once (2.4)", LegalBasis.Contract)
            .KeepWithParent("A renewal goes with its order, seven years after it was placed")
            // Which service renewed when is on the order and its invoice, which the law keeps;
            // this row only guards against a second invoice, and the erased service renews no more.
            .OnErasure(Erasure.Delete));
    }
}
