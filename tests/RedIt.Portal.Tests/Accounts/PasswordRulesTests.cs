using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts.Passwords;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Accounts;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "4")]
public sealed class PasswordRulesTests(PortalFactory portal)
{
    private const string TooCommon = "This password is too common or has appeared in a data breach; choose another.";
    private const string TooLong = "Your password can be at most 128 characters long.";

    // Long, and made of nothing any list holds.
    private static string LongPassword(int length) =>
        string.Concat(Enumerable.Repeat("Tulips by the Amstel, 17 bikes & 1 canal boat! ", 4))[..length];

    [Fact]
    public async Task A_64_character_password_signs_up_and_signs_in()
    {
        var browser = new Browserless(portal.CreateClient());
        var email = People.NewEmail();
        var password = LongPassword(64);
        var form = People.PrivateCustomer(email);
        form["Password"] = form["ConfirmPassword"] = password;

        Assert.Equal("Check your e-mail", (await People.RegisterAsync(browser, form)).Heading);
        await People.ConfirmAsync(browser, email);
        Assert.Equal("My details", (await People.LoginAsync(browser, email, password)).Heading);
    }

    [Fact]
    public async Task A_129_character_password_is_refused_with_its_own_message_and_nothing_is_saved()
    {
        var browser = new Browserless(portal.CreateClient());
        var email = People.NewEmail();
        var form = People.PrivateCustomer(email);
        form["Password"] = form["ConfirmPassword"] = LongPassword(129);

        var rejected = await People.RegisterAsync(browser, form);
        Assert.Equal(TooLong, rejected.FieldError("Password"));
        Assert.False(await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));

        form["Password"] = form["ConfirmPassword"] = LongPassword(128);
        Assert.Equal("Check your e-mail", (await People.RegisterAsync(browser, form)).Heading);
    }

    [Theory]
    [InlineData("qwerty123456")]
    [InlineData("QWERTY123456")]
    [InlineData("Sunshine2024!!")]
    [InlineData("dragondragondragon")]
    [InlineData("abcabcabcabc")]
    public async Task A_common_password_is_refused_at_sign_up(string password)
    {
        var browser = new Browserless(portal.CreateClient());
        var email = People.NewEmail();
        var form = People.PrivateCustomer(email);
        form["Password"] = form["ConfirmPassword"] = password;

        var rejected = await People.RegisterAsync(browser, form);
        Assert.Equal(TooCommon, rejected.FieldError("Password"));
        Assert.False(await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task The_refusal_is_said_in_Dutch_too()
    {
        var browser = new Browserless(portal.CreateClient());
        browser.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");
        var form = People.PrivateCustomer(People.NewEmail());
        form["Password"] = form["ConfirmPassword"] = "iloveyou2024";

        var rejected = await People.RegisterAsync(browser, form);
        Assert.Equal("Dit wachtwoord komt te veel voor of is uitgelekt bij een datalek; kies een ander.", rejected.FieldError("Password"));

        form["Password"] = form["ConfirmPassword"] = LongPassword(129);
        Assert.Equal("Je wachtwoord mag maximaal 128 tekens lang zijn.", (await People.RegisterAsync(browser, form)).FieldError("Password"));
    }

    [Fact]
    public async Task Changing_to_a_common_or_too_long_password_is_refused_and_the_old_one_still_works()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var form = await browser.GetAsync("/profile/password");

        var common = await browser.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["CurrentPassword"] = People.Password, ["NewPassword"] = "1qaz2wsx3edc", ["ConfirmPassword"] = "1qaz2wsx3edc" });
        Assert.Equal(TooCommon, common.FieldError("NewPassword"));

        var tooLong = LongPassword(129);
        var longer = await browser.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["CurrentPassword"] = People.Password, ["NewPassword"] = tooLong, ["ConfirmPassword"] = tooLong });
        Assert.Equal(TooLong, longer.FieldError("NewPassword"));

        Assert.Equal("My details", (await People.LoginAsync(new Browserless(portal.CreateClient()), email)).Heading);
    }

    [Fact]
    public async Task A_reset_to_a_common_or_too_long_password_is_refused()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var browser = new Browserless(portal.CreateClient());
        var form = await browser.GetAsync("/account/forgot-password");
        await browser.SubmitAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["Email"] = email });
        var reset = await browser.GetAsync(Mailbox.Link(await Mailbox.WaitForAsync(email, "Choose a new password")));

        var common = await browser.SubmitAndFollowAsync(reset, new Dictionary<string, string>(StringComparer.Ordinal) { ["Password"] = "Password12345", ["ConfirmPassword"] = "Password12345" });
        Assert.Equal(TooCommon, common.FieldError("Password"));

        var tooLong = LongPassword(129);
        var longer = await browser.SubmitAndFollowAsync(common, new Dictionary<string, string>(StringComparer.Ordinal) { ["Password"] = tooLong, ["ConfirmPassword"] = tooLong });
        Assert.Equal(TooLong, longer.FieldError("Password"));

        var done = await browser.SubmitAndFollowAsync(longer, new Dictionary<string, string>(StringComparer.Ordinal) { ["Password"] = LongPassword(64), ["ConfirmPassword"] = LongPassword(64) });
        Assert.Equal("Password changed", done.Heading);
    }

    [Fact]
    public void The_list_is_shipped_whole_and_leaves_ordinary_passphrases_alone()
    {
        var list = new CommonPasswords();
        Assert.Equal(30_000, list.Count);
        Assert.True(list.Contains("123456"));
        Assert.True(list.Contains("PassWord"));
        Assert.False(list.Contains(People.Password));
        Assert.False(list.Contains("a brand new long passphrase"));
        Assert.False(list.Contains("Tr0ub4dor&3 is not it"));
        Assert.False(list.Contains(LongPassword(64)));
    }
}
