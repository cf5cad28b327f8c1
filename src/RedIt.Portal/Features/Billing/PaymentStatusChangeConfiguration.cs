using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Billing;

internal sealed class PaymentStatusChangeConfiguration : IEntityTypeConfiguration<PaymentStatusChange>
{
    public void Configure(EntityTypeBuilder<PaymentStatusChange> change)
    {
        change.Property(c => c.Status).HasMaxLength(16);
        change.HasIndex(c => new { c.PaymentId, c.Status }).IsUnique();
        change.NoPersonalData("A status and its time; the payment it belongs to carries the rules and goes with it");
    }
}
