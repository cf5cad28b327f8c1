using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Profile;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "6")]
public sealed class ProfileTests(PortalFactory portal)
{
    [Fact]
    public async Task A_customer_corrects_their_details_and_sees_them_at_once()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var edit = await browser.GetAsync("/profile/edit");
        Assert.Equal("Jan", edit.Value("FirstName"));
        Assert.Equal("1012 LG", edit.Value("Address.PostalCode"));

        var rejected = await browser.SubmitAndFollowAsync(edit, new Dictionary<string, string>(StringComparer.Ordinal) { ["Address.PostalCode"] = "ABCD", ["LastName"] = "de Vries" });
        Assert.StartsWith("This is not a valid postcode", rejected.FieldError("Address.PostalCode"), StringComparison.Ordinal);
        Assert.Equal("de Vries", rejected.Value("LastName"));
        var unchanged = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LastName).SingleAsync());
        Assert.Equal("Jansen", unchanged);

        var saved = await browser.SubmitAndFollowAsync(rejected, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Address.PostalCode"] = "3511 AB",
            ["Address.City"] = "Utrecht",
            ["HasBillingAddress"] = "true",
            ["BillingAddress.Street"] = "Postbus",
            ["BillingAddress.HouseNumber"] = "9",
            ["BillingAddress.PostalCode"] = "3500AA",
            ["BillingAddress.City"] = "Utrecht",
            ["BillingAddress.CountryCode"] = "NL",
        });
        Assert.Contains("Your details have been saved.", saved.Text, StringComparison.Ordinal);
        Assert.Contains("Jan de Vries", saved.Text, StringComparison.Ordinal);
        Assert.Contains("3511 AB Utrecht", saved.Text, StringComparison.Ordinal);
        Assert.Contains("3500 AA Utrecht", saved.Text, StringComparison.Ordinal);

        var withoutBilling = await browser.SubmitAndFollowAsync(await browser.GetAsync("/profile/edit"), new Dictionary<string, string>(StringComparer.Ordinal) { ["HasBillingAddress"] = "false" });
        Assert.Contains("Same as the address above", withoutBilling.Text, StringComparison.Ordinal);
        var addresses = await portal.WithDbAsync(db => db.CustomerAddresses.CountAsync(a => db.Users.Any(u => u.Id == a.CustomerId && u.Email == email)));
        Assert.Equal(1, addresses);
    }

    [Fact]
    public async Task A_new_email_address_counts_only_after_its_link_is_followed()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var newEmail = People.NewEmail("moved");
        var form = await browser.GetAsync("/profile/email");

        var wrongPassword = await browser.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["NewEmail"] = newEmail, ["CurrentPassword"] = "not my password" });
        Assert.Equal("Your current password is not correct.", wrongPassword.FieldError("CurrentPassword"));

        var pending = await browser.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["NewEmail"] = newEmail, ["CurrentPassword"] = People.Password });
        Assert.Contains("We sent a link to your new e-mail address.", pending.Text, StringComparison.Ordinal);
        Assert.Contains(email, pending.Text, StringComparison.Ordinal);

        var confirm = await browser.GetAsync(Mailbox.Link(await Mailbox.WaitForAsync(newEmail, "Confirm your new e-mail address")));
        var changed = await browser.SubmitAndFollowAsync(confirm, new Dictionary<string, string>());
        Assert.Equal("E-mail address changed", changed.Heading);
        await Mailbox.WaitForAsync(email, "The e-mail address of your RED-IT account was changed");

        var fresh = new Browserless(portal.CreateClient());
        Assert.Equal("Sign in", (await People.LoginAsync(fresh, email)).Heading);
        Assert.Equal("My details", (await People.LoginAsync(fresh, newEmail)).Heading);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_and_tells_the_owner()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var form = await browser.GetAsync("/profile/password");
        const string newPassword = "another long passphrase";

        var wrong = await browser.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["CurrentPassword"] = "wrong wrong wrong", ["NewPassword"] = newPassword, ["ConfirmPassword"] = newPassword });
        Assert.Equal("Your current password is not correct.", wrong.FieldError("CurrentPassword"));

        var done = await browser.SubmitAndFollowAsync(form, new Dictionary<string, string>(StringComparer.Ordinal) { ["CurrentPassword"] = People.Password, ["NewPassword"] = newPassword, ["ConfirmPassword"] = newPassword });
        Assert.Contains("Your password has been changed.", done.Text, StringComparison.Ordinal);
        await Mailbox.WaitForAsync(email, "Your RED-IT password was changed");
        Assert.Equal("My details", (await People.LoginAsync(new Browserless(portal.CreateClient()), email, newPassword)).Heading);
    }

    [Fact]
    public async Task The_postal_and_the_billing_address_are_separate_autofill_sections()
    {
        var (browser, _) = await People.SignedInCustomerAsync(portal);
        var edit = await browser.GetAsync("/profile/edit");
        Assert.Equal("section-address address-line1", edit.Document.QuerySelector("[name='Address.Street']")!.GetAttribute("autocomplete"));
        Assert.Equal("section-billingaddress postal-code", edit.Document.QuerySelector("[name='BillingAddress.PostalCode']")!.GetAttribute("autocomplete"));
        Assert.Equal("section-billingaddress country", edit.Document.QuerySelector("[name='BillingAddress.CountryCode']")!.GetAttribute("autocomplete"));
    }

    [Fact]
    [Trait("Policy", "4")]
    public async Task The_profile_needs_a_signed_in_person()
    {
        using var response = await portal.CreateClient().GetAsync("/profile/edit");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Policy", "4")]
    public async Task No_link_can_put_its_own_words_on_the_profile_page()
    {
        var (browser, _) = await People.SignedInCustomerAsync(portal);
        var page = await browser.GetAsync("/profile?message=Your+account+is+blocked.+Call+0900-1234");
        Assert.DoesNotContain("Call 0900", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector(".alert-ok"));
    }
}
