using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Certificates;

internal sealed class AcmeAccountConfiguration : IEntityTypeConfiguration<AcmeAccount>
{
    public void Configure(EntityTypeBuilder<AcmeAccount> account)
    {
        account.Property(a => a.DirectoryUrl).HasMaxLength(500);
        account.HasIndex(a => a.DirectoryUrl).IsUnique();
        account.Property(a => a.AccountUrl).HasMaxLength(500);

        account.NoPersonalData("The portal's own ACME account: a key and a URL, created without any contact address");
    }
}
