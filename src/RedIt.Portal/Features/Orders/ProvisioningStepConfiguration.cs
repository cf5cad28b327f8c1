using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Services;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Orders;

internal sealed class ProvisioningStepConfiguration : IEntityTypeConfiguration<ProvisioningStep>
{
    public void Configure(EntityTypeBuilder<ProvisioningStep> step)
    {
        step.Property(s => s.Kind).HasMaxLength(32);
        step.Property(s => s.Status).HasMaxLength(24);
        step.Property(s => s.IdempotencyKey).HasMaxLength(100);
        step.HasIndex(s => s.IdempotencyKey).IsUnique();
        step.Property(s => s.ClaimedBy).HasMaxLength(100);
        step.Property(s => s.LastError).HasMaxLength(500);
        step.Property(s => s.SupplierReference).HasMaxLength(100);
        step.Property(s => s.ProtectedSecret).HasMaxLength(1000);
        step.HasIndex(s => new { s.Status, s.NextAttemptAt });
        step.HasIndex(s => new { s.OrderId, s.Sequence });
        step.HasOne<Order>().WithMany().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Cascade);
        step.HasOne<OrderLine>().WithMany().HasForeignKey(s => s.OrderLineId).OnDelete(DeleteBehavior.Cascade);
        step.HasOne<Service>().WithMany().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.SetNull);

        step.NoPersonalData("Which supplier call of an order ran when and how it ended; the data it sent is on the order and in the disclosures");
    }
}
