using System.Net;
using RedIt.Portal.Features.Accounts.Sessions;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Security.Sessions;

// ASVS 3.3.1 and 3.3.3: a session ends on the server, so a copied cookie stops working when its
// owner signs out or chooses a new password.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "4")]
public sealed class SessionReplayTests(PortalFactory portal)
{
    [Fact]
    public async Task A_cookie_replayed_after_sign_out_gets_the_sign_in_page()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var (browser, cookie) = await SignInCookie.SignInAsync(portal, email);
        Assert.Equal(HttpStatusCode.OK, (await SignInCookie.ReplayAsync(portal, cookie)).Status);

        var profile = await browser.GetAsync("/profile");
        using var signedOut = await browser.SubmitAsync(profile, new Dictionary<string, string>(), "/account/logout");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var replay = await SignInCookie.ReplayAsync(portal, cookie);
        Assert.Equal(HttpStatusCode.Redirect, replay.Status);
        Assert.True(SignInCookie.IsSignInPage(replay.Location), replay.Location);
        var sessions = await SignInCookie.SessionsOfAsync(portal, email);
        Assert.Contains(sessions, s => s.EndReason == SessionEnd.SignedOut && s.EndedAt is not null);
    }

    [Fact]
    public async Task A_new_password_ends_every_other_session_and_keeps_this_one()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var (_, stolen) = await SignInCookie.SignInAsync(portal, email);
        var (owner, _) = await SignInCookie.SignInAsync(portal, email);

        var form = await owner.GetAsync("/profile/password");
        const string newPassword = "a brand new password for the account";
        var changed = await owner.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CurrentPassword"] = People.Password,
            ["NewPassword"] = newPassword,
            ["ConfirmPassword"] = newPassword,
        });
        Assert.Contains("Your password has been changed.", changed.Text, StringComparison.Ordinal);

        var replay = await SignInCookie.ReplayAsync(portal, stolen);
        Assert.True(SignInCookie.IsSignInPage(replay.Location), replay.Location);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/profile")).Status);
        Assert.Equal("My details", (await owner.GetAsync("/profile")).Heading);
        Assert.Contains(await SignInCookie.SessionsOfAsync(portal, email), s => s.EndReason == SessionEnd.PasswordChanged);
    }

    [Fact]
    public async Task A_password_reset_by_mail_ends_every_session()
    {
        var (signedIn, email) = await People.SignedInCustomerAsync(portal);
        var (_, stolen) = await SignInCookie.SignInAsync(portal, email);

        var visitor = new Browserless(portal.CreateClient());
        await visitor.SubmitAsync(await visitor.GetAsync("/account/forgot-password"), new Dictionary<string, string>(StringComparer.Ordinal) { ["Email"] = email });
        var mail = await Mailbox.WaitForAsync(email, "Choose a new password");
        var reset = await visitor.GetAsync(Mailbox.Link(mail));
        const string newPassword = "another brand new password here";
        var done = await visitor.SubmitAndFollowAsync(reset, new Dictionary<string, string>(StringComparer.Ordinal) { ["Password"] = newPassword, ["ConfirmPassword"] = newPassword });
        Assert.Equal("Password changed", done.Heading);

        Assert.True(SignInCookie.IsSignInPage((await SignInCookie.ReplayAsync(portal, stolen)).Location));
        using var first = await signedIn.Client.GetAsync("/profile");
        Assert.True(SignInCookie.IsSignInPage(first.Headers.Location?.OriginalString), first.Headers.Location?.OriginalString);
        Assert.All(await SignInCookie.SessionsOfAsync(portal, email), s => Assert.NotNull(s.EndedAt));
    }

    [Fact]
    public async Task The_sign_in_cookie_carries_the_host_prefix_outside_development()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var (_, cookie) = await SignInCookie.SignInAsync(portal, email);
        Assert.StartsWith("__Host-redit.auth=", cookie, StringComparison.Ordinal);
    }
}
