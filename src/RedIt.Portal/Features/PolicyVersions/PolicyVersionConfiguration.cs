using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Accounts;
using RedIt.Privacy;

namespace RedIt.Portal.Features.PolicyVersions;

internal sealed class PolicyVersionConfiguration : IEntityTypeConfiguration<PolicyVersion>
{
    public const int MaxTextLength = 100_000;
    public const int MaxSummaryLength = 1000;

    public void Configure(EntityTypeBuilder<PolicyVersion> version)
    {
        version.ToTable("PolicyVersions");
        version.Property(v => v.ChangeSummary).HasMaxLength(MaxSummaryLength);
        version.Property(v => v.Text).HasMaxLength(MaxTextLength);
        version.HasIndex(v => v.Number).IsUnique();
        version.HasOne<PortalUser>().WithMany().HasForeignKey(v => v.PublishedByUserId).OnDelete(DeleteBehavior.SetNull);

        // Seeded by the migration itself, so `migrate` (or migrate-on-start) creates it exactly once.
        version.HasData(new PolicyVersion
        {
            Id = FirstPolicyVersion.Id,
            Number = 1,
            PublishedAt = FirstPolicyVersion.PublishedAt,
            Significant = false,
            ChangeSummary = FirstPolicyVersion.ChangeSummary,
            Text = FirstPolicyVersion.Text(),
        });

        // The text is public; what is personal is which staff member published it.
        version.Privacy(rules => rules
            .Category("Privacy policy versions")
            .DataSubjects("Staff")
            .Subject(v => v.PublishedByUserId)
            .PersonalData(v => v.PublishedByUserId)
            .NotPersonalData(v => v.ChangeSummary, v => v.Text)
            .Purpose("Showing who published each version of the privacy policy (5)", LegalBasis.LegitimateInterest)
            .KeepWhileAccountExists("The versions themselves stay as the public record of what the policy said; the link to the publisher lasts as long as their account")
            .OnErasure(Erasure.Anonymise));
    }
}
