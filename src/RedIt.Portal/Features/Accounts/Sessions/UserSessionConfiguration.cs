using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Accounts.Sessions;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> session)
    {
        session.Property(s => s.EndReason).HasMaxLength(20);
        session.HasIndex(s => s.UserId);
        session.HasIndex(s => s.LastSeenAt);

        // No IP address and no browser: the policy collects neither for signing in.
        session.Privacy(rules => rules
            .Category("Sign-in sessions")
            .DataSubjects("Customers and staff")
            .Subject(s => s.UserId)
            .PersonalData(s => s.StartedAt, s => s.LastSeenAt)
            .Purpose("Keeping the account secure (4)", LegalBasis.LegitimateInterest)
            .KeepFor(TimeSpan.FromDays(30), from: s => s.LastSeenAt, startsAt: "the last page viewed in the session",
                because: "A session lasts at most 12 hours; a month later it only shows when someone was signed in, which a person may ask about after a suspicious sign-in")
            .OnErasure(Erasure.Delete));
    }
}
