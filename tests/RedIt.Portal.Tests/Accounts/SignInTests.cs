using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Accounts;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "1.1")]
public sealed class SignInTests(PortalFactory portal)
{
    [Fact]
    public async Task A_wrong_password_gets_a_message_that_does_not_say_which_part_was_wrong()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var browser = new Browserless(portal.CreateClient());

        var wrongPassword = await People.LoginAsync(browser, email, "not the right password");
        var unknownUser = await People.LoginAsync(browser, People.NewEmail(), "not the right password");

        Assert.Equal("Sign in", wrongPassword.Heading);
        Assert.Contains("The e-mail address or password is not correct.", wrongPassword.Text, StringComparison.Ordinal);
        Assert.Contains("The e-mail address or password is not correct.", unknownUser.Text, StringComparison.Ordinal);
        Assert.Equal("", wrongPassword.Value("Password"));
        Assert.Equal(email, wrongPassword.Value("Email"));
    }

    [Fact]
    [Trait("Policy", "4")]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one_and_its_owner_hears_it_once()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var browser = new Browserless(portal.CreateClient());

        for (var attempt = 0; attempt < 6; attempt++)
        {
            await People.LoginAsync(browser, email, "guessing the password " + attempt);
        }

        var withRightPassword = await People.LoginAsync(browser, email);
        Assert.Equal("Sign in", withRightPassword.Heading);
        Assert.Contains("The e-mail address or password is not correct.", withRightPassword.Text, StringComparison.Ordinal);
        var lockedUntil = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.True(lockedUntil > DateTimeOffset.UtcNow.AddMinutes(10));

        var notice = await Mailbox.WaitForAsync(email, "Your RED-IT account is locked for 15 minutes");
        Assert.Equal("https://localhost/account/forgot-password", Mailbox.Link(notice));
        await Outbox.WaitUntilSentAsync(portal, email);
        Assert.Single(Mailbox.All(email), m => (m.Subject ?? "").Contains("is locked", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Policy", "4")]
    public async Task A_locked_account_and_an_address_without_one_look_the_same_to_someone_guessing()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var unknown = People.NewEmail();
        var browser = new Browserless(portal.CreateClient());

        Browserless.Page locked = null!, nobody = null!;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            locked = await People.LoginAsync(browser, email, "guess " + attempt);
            nobody = await People.LoginAsync(browser, unknown, "guess " + attempt);
        }

        Assert.Equal(nobody.Heading, locked.Heading);
        Assert.Equal(nobody.Document.QuerySelector("main")!.TextContent.Replace(unknown, email, StringComparison.Ordinal), locked.Document.QuerySelector("main")!.TextContent);
    }

    [Fact]
    [Trait("Policy", "4")]
    public async Task Choosing_a_new_password_through_the_mailed_link_lifts_the_lock()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var browser = new Browserless(portal.CreateClient());
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await People.LoginAsync(browser, email, "guessing the password " + attempt);
        }

        var forgot = await browser.GetAsync("/account/forgot-password");
        await browser.SubmitAndFollowAsync(forgot, new Dictionary<string, string>(StringComparer.Ordinal) { ["Email"] = email });
        var reset = await browser.GetAsync(Mailbox.Link(await Mailbox.WaitForAsync(email, "Choose a new password")));
        const string newPassword = "a brand new passphrase for my account";
        var done = await browser.SubmitAndFollowAsync(reset, new Dictionary<string, string>(StringComparer.Ordinal) { ["Password"] = newPassword, ["ConfirmPassword"] = newPassword });
        Assert.Equal("Password changed", done.Heading);

        Assert.Equal("My details", (await People.LoginAsync(browser, email, newPassword)).Heading);
    }

    [Fact]
    [Trait("Policy", "4")]
    public async Task A_return_address_outside_the_portal_is_ignored()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var browser = new Browserless(portal.CreateClient());
        var page = await browser.GetAsync("/account/login?returnUrl=https://evil.example/steal");
        var response = await browser.SubmitAsync(page, new Dictionary<string, string>(StringComparer.Ordinal) { ["Email"] = email, ["Password"] = People.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/profile", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var (browser, _) = await People.SignedInCustomerAsync(portal);
        var profile = await browser.GetAsync("/profile");
        var signedOut = await browser.SubmitAndFollowAsync(profile, new Dictionary<string, string>(), "/account/logout");
        Assert.DoesNotContain("My details", signedOut.Document.QuerySelector("nav")!.TextContent, StringComparison.Ordinal);

        using var again = await browser.Client.GetAsync("/profile");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith("https://localhost/account/login", again.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Policy", "4")]
    public async Task Only_the_right_password_learns_that_an_address_is_still_unconfirmed()
    {
        var browser = new Browserless(portal.CreateClient());
        var email = People.NewEmail();
        await People.RegisterAsync(browser, People.PrivateCustomer(email));

        var guess = await People.LoginAsync(browser, email, "a wrong guess at it");
        Assert.Contains("The e-mail address or password is not correct.", guess.Text, StringComparison.Ordinal);
        var owner = await People.LoginAsync(browser, email);
        Assert.Contains("Please confirm your e-mail address first", owner.Text, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Policy", "4")]
    public async Task Wrong_current_passwords_on_the_profile_count_towards_the_lockout()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var form = await browser.GetAsync("/profile/email");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var response = await browser.SubmitAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["NewEmail"] = People.NewEmail(), ["CurrentPassword"] = "guess number " + attempt });
        }

        var lockedUntil = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.True(lockedUntil > DateTimeOffset.UtcNow);
    }
}
