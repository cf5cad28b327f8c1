using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Accounts;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "1.1")]
public sealed class PasswordResetTests(PortalFactory portal)
{
    [Fact]
    public async Task A_customer_chooses_a_new_password_through_the_mailed_link()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var browser = new Browserless(portal.CreateClient());

        var form = await browser.GetAsync("/account/forgot-password");
        var sent = await browser.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["Email"] = email });
        Assert.Equal("Check your e-mail", sent.Heading);

        var mail = await Mailbox.WaitForAsync(email, "Choose a new password");
        var reset = await browser.GetAsync(Mailbox.Link(mail));
        var tooShort = await browser.SubmitAndFollowAsync(reset, new Dictionary<string, string>(StringComparer.Ordinal) { ["Password"] = "short", ["ConfirmPassword"] = "short" });
        Assert.Equal("Your password must be at least 12 characters long.", tooShort.FieldError("Password"));

        const string newPassword = "a brand new long passphrase";
        var done = await browser.SubmitAndFollowAsync(tooShort, new Dictionary<string, string>(StringComparer.Ordinal) { ["Password"] = newPassword, ["ConfirmPassword"] = newPassword });
        Assert.Equal("Password changed", done.Heading);
        await Mailbox.WaitForAsync(email, "Your RED-IT password was changed");

        Assert.Equal("Sign in", (await People.LoginAsync(browser, email)).Heading);
        Assert.Equal("My details", (await People.LoginAsync(browser, email, newPassword)).Heading);
    }

    [Fact]
    public async Task The_link_works_once()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var browser = new Browserless(portal.CreateClient());
        var form = await browser.GetAsync("/account/forgot-password");
        await browser.SubmitAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["Email"] = email });
        var link = Mailbox.Link(await Mailbox.WaitForAsync(email, "Choose a new password"));

        var first = await browser.SubmitAndFollowAsync(await browser.GetAsync(link), new Dictionary<string, string>(StringComparer.Ordinal) { ["Password"] = "first new passphrase", ["ConfirmPassword"] = "first new passphrase" });
        Assert.Equal("Password changed", first.Heading);
        var second = await browser.SubmitAndFollowAsync(await browser.GetAsync(link), new Dictionary<string, string>(StringComparer.Ordinal) { ["Password"] = "second new passphrase", ["ConfirmPassword"] = "second new passphrase" });
        Assert.Contains("This link is not valid (any more).", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        var browser = new Browserless(portal.CreateClient());
        var nobody = People.NewEmail("nobody");
        var form = await browser.GetAsync("/account/forgot-password");
        var sent = await browser.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["Email"] = nobody });
        Assert.Equal("Check your e-mail", sent.Heading);
        await Outbox.AssertNoMailAsync(portal, nobody);
    }

    [Fact]
    public async Task A_link_missing_its_code_says_so_above_the_form()
    {
        var browser = new Browserless(portal.CreateClient());
        var page = await browser.GetAsync("/account/reset-password");
        var rejected = await browser.SubmitAndFollowAsync(page, new Dictionary<string, string>(StringComparer.Ordinal) { ["Password"] = "a long enough passphrase", ["ConfirmPassword"] = "a long enough passphrase" });
        Assert.Contains("This link is not valid (any more). Ask for a new one.", rejected.Document.QuerySelector(".alert-error")!.TextContent, StringComparison.Ordinal);
    }
}
