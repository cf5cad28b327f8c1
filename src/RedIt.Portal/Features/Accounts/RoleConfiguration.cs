using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RedIt.Privacy;

namespace RedIt.Portal.Features.Accounts;

// Roles are part of the schema, so every database has them from its first migration on.
internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole<Guid>>
{
    private static readonly Dictionary<string, Guid> Ids = new(StringComparer.Ordinal)
    {
        [PortalRoles.Customer] = new("0b8a3c9e-2f41-4d1a-9a57-1c0f6c1e0001"),
        [PortalRoles.Support] = new("0b8a3c9e-2f41-4d1a-9a57-1c0f6c1e0002"),
        [PortalRoles.Sales] = new("0b8a3c9e-2f41-4d1a-9a57-1c0f6c1e0003"),
        [PortalRoles.Finance] = new("0b8a3c9e-2f41-4d1a-9a57-1c0f6c1e0004"),
        [PortalRoles.Admin] = new("0b8a3c9e-2f41-4d1a-9a57-1c0f6c1e0005"),
    };

    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> role) =>
        role.NoPersonalData("The five role names of the portal").HasData(PortalRoles.All.Select(name => new IdentityRole<Guid>
        {
            Id = Ids[name],
            Name = name,
            NormalizedName = name.ToUpperInvariant(),
            ConcurrencyStamp = Ids[name].ToString(),
        }));
}
