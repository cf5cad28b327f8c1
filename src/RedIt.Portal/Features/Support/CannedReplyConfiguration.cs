using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Support;

internal sealed class CannedReplyConfiguration : IEntityTypeConfiguration<CannedReply>
{
    public void Configure(EntityTypeBuilder<CannedReply> reply)
    {
        reply.Property(r => r.Title).HasMaxLength(120);
        reply.Property(r => r.Culture).HasMaxLength(5);
        reply.Property(r => r.Topic).HasMaxLength(16);
        reply.Property(r => r.Body).HasMaxLength(10_000);
        reply.HasIndex(r => new { r.Culture, r.Title }).IsUnique();

        // Who changed a standard answer is in the audit log, not here.
        reply.NoPersonalData("Standard answers written by staff for any customer; they hold no customer's details and name no author");
    }
}
