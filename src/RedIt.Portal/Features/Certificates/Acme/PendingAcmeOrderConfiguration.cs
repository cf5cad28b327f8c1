using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Certificates.Acme;

internal sealed class PendingAcmeOrderConfiguration : IEntityTypeConfiguration<PendingAcmeOrder>
{
    public void Configure(EntityTypeBuilder<PendingAcmeOrder> order)
    {
        order.Property(o => o.DirectoryUrl).HasMaxLength(500);
        order.Property(o => o.OrderUrl).HasMaxLength(500);
        order.Property(o => o.ProtectedCertificateKey).HasMaxLength(4000);
        order.Property(o => o.ChallengeToken).HasMaxLength(200);
        order.Property(o => o.KeyAuthorization).HasMaxLength(300);
        order.HasIndex(o => o.ServiceId).IsUnique();
        order.HasIndex(o => o.ChallengeToken).IsUnique();
        order.HasOne(o => o.Service).WithMany().HasForeignKey(o => o.ServiceId).OnDelete(DeleteBehavior.Cascade);

        order.NoPersonalData("An ACME order in progress: server URLs, a random token and an encrypted key; the domain is on the service, not here");
    }
}
