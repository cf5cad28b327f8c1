using Microsoft.AspNetCore.Identity;
using RedIt.Portal.Features.AuditLog;

namespace RedIt.Portal.Features.Accounts;

// Creates staff logins: the development pair on a developer's machine, and admins from the
// `create-admin` command in production (never with a default password).
public sealed class StaffAccounts(UserManager<PortalUser> users, AuditLogger audit, TimeProvider clock)
{
    public async Task<IdentityResult> CreateAsync(string email, string firstName, string lastName, string password, params string[] roles)
    {
        var user = new PortalUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FirstName = firstName,
            LastName = lastName,
            PreferredCulture = "en",
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        var added = await users.AddToRolesAsync(user, roles);
        if (added.Succeeded)
        {
            // Role names only: who got which powers, never an address.
            await audit.RecordAsync(AuditAction.StaffRolesChanged, user.Id, details: "roles added: " + string.Join(", ", roles));
        }

        return added;
    }

    public async Task<bool> ExistsAsync(string email) => await users.FindByEmailAsync(email) is not null;
}
