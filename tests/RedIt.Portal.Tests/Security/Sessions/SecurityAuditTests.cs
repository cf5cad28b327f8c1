using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Security.Sessions;

// ASVS 7.1 and 7.2: who signed in, failed, was locked out, or changed a password, an address, the
// second factor or a role is in the audit log, by user id, never with a password or an address.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "4")]
public sealed class SecurityAuditTests(PortalFactory portal)
{
    [Fact]
    public async Task Sign_in_failures_lockout_and_changes_are_in_the_audit_log_by_id_only()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        const string wrongPassword = "a wrong password typed once";
        await People.LoginAsync(new Browserless(portal.CreateClient()), email, wrongPassword);

        const string newPassword = "the next password of this account";
        var form = await browser.GetAsync("/profile/password");
        await browser.SubmitAsync(form, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CurrentPassword"] = People.Password,
            ["NewPassword"] = newPassword,
            ["ConfirmPassword"] = newPassword,
        });
        var setup = await browser.GetAsync("/profile/two-factor/setup");
        await browser.SubmitAsync(setup, new Dictionary<string, string>(StringComparer.Ordinal) { ["Code"] = Totp.Code(setup.Document.QuerySelector("#shared-key")!.TextContent) });
        var profile = await browser.GetAsync("/profile");
        using (await browser.SubmitAsync(profile, new Dictionary<string, string>(), "/account/logout"))
        {
        }

        var userId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var entries = await portal.WithDbAsync(db => db.Set<AuditLogEntry>().Where(e => e.SubjectPersonId == userId).OrderBy(e => e.At).ToListAsync());
        var actions = entries.Select(e => e.Action).ToList();
        Assert.Contains(AuditAction.SignedIn, actions);
        Assert.Contains(AuditAction.SignInFailed, actions);
        Assert.Contains(AuditAction.PasswordChanged, actions);
        Assert.Contains(AuditAction.TwoFactorEnabled, actions);
        Assert.Equal(AuditAction.SignedOut, actions[^1]);
        foreach (var secret in new[] { email, People.Password, wrongPassword, newPassword })
        {
            Assert.DoesNotContain(entries, e => e.Details.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task A_new_staff_member_s_roles_are_in_the_audit_log()
    {
        var email = await People.StaffAsync(portal, PortalRoles.Finance);
        var userId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var entry = await portal.WithDbAsync(db => db.Set<AuditLogEntry>().SingleAsync(e => e.SubjectPersonId == userId && e.Action == AuditAction.StaffRolesChanged));
        Assert.Equal("roles added: Finance", entry.Details);
    }
}
