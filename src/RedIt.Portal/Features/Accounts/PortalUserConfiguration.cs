using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Accounts;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> user)
    {
        user.Property(u => u.FirstName).HasMaxLength(100);
        user.Property(u => u.LastName).HasMaxLength(100);
        user.Property(u => u.PreferredCulture).HasMaxLength(5);
        user.Ignore(u => u.FullName);

        // The phone system looks callers up by their E.164 number on every incoming call.
        user.HasIndex(u => u.PhoneNumber);

        user.Privacy(rules => rules
            .Category("Account")
            .DataSubjects("Customers and staff")
            .Subject(u => u.Id)
            .IdentifiedByEmail(u => u.Email, confirmed: u => u.EmailConfirmed)
            .PersonalData(u => u.FirstName, u => u.LastName, u => u.Email, u => u.NormalizedEmail,
                u => u.UserName, u => u.NormalizedUserName, u => u.PhoneNumber, u => u.PasswordHash)
            .NotPersonalData(u => u.SecurityStamp, u => u.ConcurrencyStamp, u => u.PreferredCulture)
            .Purpose("Knowing who we do business with and contacting them by e-mail and phone (1.1)", LegalBasis.Contract)
            .Purpose("Keeping the account secure (4)", LegalBasis.LegitimateInterest)
            .KeepWhileAccountExists("The account is needed as long as the customer uses our services; erasure anonymises it")
            .OnErasure(Erasure.Anonymise));
    }
}
