using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Calls;

internal sealed class PhoneSystemConfiguration : IEntityTypeConfiguration<PhoneSystem>
{
    public void Configure(EntityTypeBuilder<PhoneSystem> system)
    {
        system.Property(s => s.Name).HasMaxLength(100);
        system.Property(s => s.KeyPrefix).HasMaxLength(16);
        system.Property(s => s.KeyHash).HasMaxLength(128);
        system.HasIndex(s => s.KeyHash).IsUnique();

        system.NoPersonalData("A phone system's name and the hash of its API key");
    }
}
