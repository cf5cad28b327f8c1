using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Portal.Features.Accounts;
using RedIt.Privacy;

namespace RedIt.Portal.Features.PolicyVersions;

internal sealed class PolicyAcknowledgementConfiguration : IEntityTypeConfiguration<PolicyAcknowledgement>
{
    public void Configure(EntityTypeBuilder<PolicyAcknowledgement> acknowledgement)
    {
        acknowledgement.ToTable("PolicyAcknowledgements");
        acknowledgement.HasIndex(a => new { a.PersonId, a.PolicyVersionId }).IsUnique();
        acknowledgement.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        acknowledgement.HasOne<PolicyVersion>().WithMany().HasForeignKey(a => a.PolicyVersionId).OnDelete(DeleteBehavior.Restrict);

        acknowledgement.Privacy(rules => rules
            .Category("Privacy policy acknowledgements")
            .Subject(a => a.PersonId)
            .Purpose("Proof that the customer was informed of a significant change to the privacy policy (5)", LegalBasis.LegitimateInterest)
            .KeepWhileAccountExists("It proves the customer was informed for as long as we have a relationship with them; after erasure nothing is left to inform them about")
            .OnErasure(Erasure.Delete));
    }
}
