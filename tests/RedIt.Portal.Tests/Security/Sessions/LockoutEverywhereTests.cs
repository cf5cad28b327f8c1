using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.AuditLog;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Security.Sessions;

// ASVS 2.2.1: every form that checks a password counts towards the same lock, so a session left
// open or an unconfirmed account is not a second place to guess.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "4")]
public sealed class LockoutEverywhereTests(PortalFactory portal)
{
    [Fact]
    public async Task Wrong_passwords_on_the_export_and_deletion_forms_lock_the_account()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        for (var attempt = 0; attempt < LockoutRules.MaxFailedAttempts - 1; attempt++)
        {
            var form = await browser.GetAsync(attempt % 2 == 0 ? "/profile/data/export" : "/profile/data/delete");
            var wrong = await browser.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["CurrentPassword"] = "guess number " + attempt });
            Assert.Equal("Your password is not correct.", wrong.FieldError("CurrentPassword"));
        }

        var last = await browser.SubmitAndFollowAsync(await browser.GetAsync("/profile/data/export"), new Dictionary<string, string>(StringComparer.Ordinal) { ["CurrentPassword"] = "the last guess" });
        Assert.Equal("Too many wrong passwords: your account is locked for 15 minutes.", last.FieldError("CurrentPassword"));

        // Now even the right password does not help, here or at the sign-in page.
        var right = await browser.SubmitAndFollowAsync(await browser.GetAsync("/profile/data/export"), new Dictionary<string, string>(StringComparer.Ordinal) { ["CurrentPassword"] = People.Password });
        Assert.Equal("Too many wrong passwords: your account is locked for 15 minutes.", right.FieldError("CurrentPassword"));
        Assert.Equal("Sign in", (await People.LoginAsync(new Browserless(portal.CreateClient()), email)).Heading);
        await Mailbox.WaitForAsync(email, "Your RED-IT account is locked for 15 minutes");
        await Outbox.WaitUntilSentAsync(portal, email);
        Assert.Single(Mailbox.All(email), m => (m.Subject ?? "").Contains("is locked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Guessing_the_password_of_an_unconfirmed_account_locks_it_too()
    {
        var browser = new Browserless(portal.CreateClient());
        var email = People.NewEmail();
        await People.RegisterAsync(browser, People.PrivateCustomer(email));

        for (var attempt = 0; attempt < LockoutRules.MaxFailedAttempts; attempt++)
        {
            var page = await People.LoginAsync(browser, email, "guessing the password " + attempt);
            Assert.Contains("The e-mail address or password is not correct.", page.Text, StringComparison.Ordinal);
        }

        // Locked: the right password now gets the same answer as a wrong one, not "confirm first".
        var withRight = await People.LoginAsync(browser, email);
        Assert.Contains("The e-mail address or password is not correct.", withRight.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Please confirm your e-mail address first", withRight.Text, StringComparison.Ordinal);
        var lockedUntil = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.True(lockedUntil > DateTimeOffset.UtcNow.AddMinutes(10));
        var userId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        Assert.Equal(1, await portal.WithDbAsync(db => db.Set<AuditLogEntry>().CountAsync(e => e.SubjectPersonId == userId && e.Action == AuditAction.LockedOut)));
    }
}
