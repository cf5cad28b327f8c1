using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Profile;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "4")]
public sealed class TwoFactorTests(PortalFactory portal)
{
    [Fact]
    public async Task A_customer_turns_on_two_factor_and_then_needs_a_code_to_sign_in()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var setup = await browser.GetAsync("/profile/two-factor/setup");
        var key = setup.Document.QuerySelector("#shared-key")!.TextContent;
        Assert.StartsWith("data:image/png;base64,", setup.Document.QuerySelector(".qr img")!.GetAttribute("src"), StringComparison.Ordinal);

        var wrong = await browser.SubmitAndFollowAsync(setup, new Dictionary<string, string>(StringComparer.Ordinal) { ["Code"] = "000000" == Totp.Code(key) ? "111111" : "000000" });
        Assert.StartsWith("This code is not correct.", wrong.FieldError("Code"), StringComparison.Ordinal);

        var enabled = await browser.SubmitAndFollowAsync(wrong, new Dictionary<string, string>(StringComparer.Ordinal) { ["Code"] = Totp.Code(key) });
        var recoveryCodes = enabled.Document.QuerySelectorAll(".codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, recoveryCodes.Count);
        await Mailbox.WaitForAsync(email, "Two-factor authentication is on");

        // Once on, the key is not shown again: a session taken over later cannot copy the authenticator.
        using (var again = await browser.Client.GetAsync("/profile/two-factor/setup"))
        {
            Assert.Equal("/profile/two-factor", again.Headers.Location!.OriginalString);
        }

        var other = new Browserless(portal.CreateClient());
        var challenge = await People.LoginAsync(other, email);
        Assert.Equal("Two-factor authentication", challenge.Heading);
        var rejected = await other.SubmitAndFollowAsync(challenge, new Dictionary<string, string>(StringComparer.Ordinal) { ["Code"] = "12345" });
        Assert.Equal("The code has 6 digits.", rejected.FieldError("Code"));
        var signedIn = await other.SubmitAndFollowAsync(rejected, new Dictionary<string, string>(StringComparer.Ordinal) { ["Code"] = Totp.NextCode(key) });
        Assert.Equal("My details", signedIn.Heading);

        var third = new Browserless(portal.CreateClient());
        await People.LoginAsync(third, email);
        var recovery = await third.GetAsync("/account/login-recovery-code");
        var withRecoveryCode = await third.SubmitAndFollowAsync(recovery, new Dictionary<string, string>(StringComparer.Ordinal) { ["RecoveryCode"] = recoveryCodes[0] });
        Assert.Equal("My details", withRecoveryCode.Heading);
    }

    [Fact]
    public async Task Turning_two_factor_off_needs_the_password()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var setup = await browser.GetAsync("/profile/two-factor/setup");
        await browser.SubmitAsync(setup, new Dictionary<string, string>(StringComparer.Ordinal) { ["Code"] = Totp.Code(setup.Document.QuerySelector("#shared-key")!.TextContent) });

        var disable = await browser.GetAsync("/profile/two-factor/disable");
        var wrong = await browser.SubmitAndFollowAsync(disable, new Dictionary<string, string>(StringComparer.Ordinal) { ["CurrentPassword"] = "not it at all" });
        Assert.Equal("Your current password is not correct.", wrong.FieldError("CurrentPassword"));

        var off = await browser.SubmitAndFollowAsync(disable, new Dictionary<string, string>(StringComparer.Ordinal) { ["CurrentPassword"] = People.Password });
        Assert.Contains("Two-factor authentication is off.", off.Text, StringComparison.Ordinal);
        await Mailbox.WaitForAsync(email, "Two-factor authentication is off");
        Assert.Equal("My details", (await People.LoginAsync(new Browserless(portal.CreateClient()), email)).Heading);
    }

    [Fact]
    public async Task Staff_without_two_factor_can_do_nothing_before_setting_it_up()
    {
        var email = await People.StaffAsync(portal, "Support");
        var browser = new Browserless(portal.CreateClient());

        var landing = await People.LoginAsync(browser, email);
        Assert.Equal("Set up two-factor authentication", landing.Heading);
        Assert.Contains("Staff accounts need two-factor authentication.", landing.Text, StringComparison.Ordinal);
        using (var profile = await browser.Client.GetAsync("/profile"))
        {
            Assert.Equal("/profile/two-factor?required=true", profile.Headers.Location!.OriginalString);
        }

        var key = landing.Document.QuerySelector("#shared-key")!.TextContent;
        var enabled = await browser.SubmitAndFollowAsync(landing, new Dictionary<string, string>(StringComparer.Ordinal) { ["Code"] = Totp.Code(key) });
        Assert.Equal("Two-factor authentication", enabled.Heading);
        Assert.DoesNotContain("Turn off two-factor authentication", enabled.Text, StringComparison.Ordinal);
        using var after = await browser.Client.GetAsync("/profile");
        Assert.Equal(System.Net.HttpStatusCode.OK, after.StatusCode);
    }
}
