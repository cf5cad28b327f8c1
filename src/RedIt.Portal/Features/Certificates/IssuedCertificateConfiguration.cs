using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Certificates;

internal sealed class IssuedCertificateConfiguration : IEntityTypeConfiguration<IssuedCertificate>
{
    public void Configure(EntityTypeBuilder<IssuedCertificate> certificate)
    {
        certificate.Property(c => c.CommonName).HasMaxLength(253);
        certificate.Property(c => c.Issuer).HasMaxLength(200);
        certificate.HasIndex(c => c.NotAfter);
        certificate.HasOne(c => c.Service).WithMany().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);

        certificate.Privacy(rules => rules
            .Category("SSL certificates")
            .Subject(c => c.Service.CustomerId)
            .PersonalData(c => c.CommonName, c => c.ChainPem)
            .NotPersonalData(c => c.Issuer, c => c.ProtectedPrivateKey)
            .Purpose("Securing the customer's website with a certificate (2.3)", LegalBasis.Contract)
            .KeepFor(years: 1, from: c => c.NotAfter, startsAt: "the certificate's expiry",
                because: "A year past its expiry we can still answer questions about a certificate; it serves nothing after that")
            .OnErasure(Erasure.Delete));
    }
}
