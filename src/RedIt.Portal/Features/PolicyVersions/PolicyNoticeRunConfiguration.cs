using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.PolicyVersions;

internal sealed class PolicyNoticeRunConfiguration : IEntityTypeConfiguration<PolicyNoticeRun>
{
    public const int MaxLinkLength = 500;

    public void Configure(EntityTypeBuilder<PolicyNoticeRun> run)
    {
        run.ToTable("PolicyNoticeRuns");
        run.HasKey(r => r.PolicyVersionId);
        run.Property(r => r.Link).HasMaxLength(MaxLinkLength);
        run.HasOne<PolicyVersion>().WithOne().HasForeignKey<PolicyNoticeRun>(r => r.PolicyVersionId).OnDelete(DeleteBehavior.Cascade);
        run.HasIndex(r => r.FinishedAt);
        run.NoPersonalData("How far the mailing of a policy notice has come: counts, the portal's link, and a place in the list of accounts that is cleared when the mailing ends; never an address or a name");
    }
}
