using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Support.Incoming;

internal sealed class MailboxHealthConfiguration : IEntityTypeConfiguration<MailboxHealth>
{
    public void Configure(EntityTypeBuilder<MailboxHealth> health)
    {
        health.HasKey(h => h.Name);
        health.Property(h => h.Name).HasMaxLength(64);
        health.Property(h => h.LastError).HasMaxLength(100);
        health.NoPersonalData("Whether the portal could read its own mailbox: times and the kind of failure, never an address or a message");
    }
}
