using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Accounts;

// ASP.NET Core Identity brings these tables; what they hold about a person is declared here,
// like every other table's.
internal sealed class UserRoleConfiguration : IEntityTypeConfiguration<IdentityUserRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<Guid>> userRole) =>
        userRole.Privacy(rules => rules
            .Category("Roles")
            .DataSubjects("Customers and staff")
            .Subject(r => r.UserId)
            .Purpose("Deciding what a signed-in person may see and do (4)", LegalBasis.LegitimateInterest)
            .KeepWhileAccountExists("Belongs to the account")
            .OnErasure(Erasure.Delete));
}

internal sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> token) =>
        token.Privacy(rules => rules
            .Category("Two-factor authentication")
            .DataSubjects("Customers and staff")
            .Subject(t => t.UserId)
            .PersonalData(t => t.Value)
            .NotPersonalData(t => t.LoginProvider, t => t.Name)
            .Purpose("The authenticator key and recovery codes of two-factor sign-in (4)", LegalBasis.LegitimateInterest)
            .KeepWhileAccountExists("Belongs to the account")
            .OnErasure(Erasure.Delete));
}

internal sealed class UserClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> claim) =>
        claim.Privacy(rules => rules
            .Category("Account claims")
            .DataSubjects("Customers and staff")
            .Subject(c => c.UserId)
            .PersonalData(c => c.ClaimValue)
            .NotPersonalData(c => c.ClaimType)
            .Purpose("Facts about the account used when signing in (4)", LegalBasis.LegitimateInterest)
            .KeepWhileAccountExists("Belongs to the account")
            .OnErasure(Erasure.Delete));
}

internal sealed class UserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> login) =>
        login.NoPersonalData("The portal offers no sign-in through other providers, so this table stays empty");
}

internal sealed class RoleClaimConfiguration : IEntityTypeConfiguration<IdentityRoleClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<Guid>> claim) =>
        claim.NoPersonalData("Permissions of roles, not of people");
}
