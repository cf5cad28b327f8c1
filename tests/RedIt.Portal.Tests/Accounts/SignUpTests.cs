using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Accounts;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "1.1")]
public sealed class SignUpTests(PortalFactory portal)
{
    [Fact]
    public async Task A_private_customer_signs_up_confirms_by_mail_and_signs_in()
    {
        var browser = new Browserless(portal.CreateClient());
        var email = People.NewEmail();

        var sent = await People.RegisterAsync(browser, People.PrivateCustomer(email));
        Assert.Equal("Check your e-mail", sent.Heading);

        var notYet = await People.LoginAsync(browser, email);
        Assert.Contains("Please confirm your e-mail address first", notYet.Text, StringComparison.Ordinal);

        await People.ConfirmAsync(browser, email);
        var profile = await People.LoginAsync(browser, email);
        Assert.Equal("My details", profile.Heading);
        Assert.Contains("Jan Jansen", profile.Text, StringComparison.Ordinal);
        Assert.Contains("+31 20 123 4567", profile.Text, StringComparison.Ordinal);
        Assert.Contains("1012 LG Amsterdam", profile.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_confirmation_link_alone_confirms_nothing()
    {
        var browser = new Browserless(portal.CreateClient());
        var email = People.NewEmail();
        await People.RegisterAsync(browser, People.PrivateCustomer(email));
        var mail = await Mailbox.WaitForAsync(email, "Confirm your e-mail");

        var page = await browser.GetAsync(Mailbox.Link(mail));
        Assert.Equal("Confirm your e-mail address", page.Heading);

        var confirmed = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync());
        Assert.False(confirmed);
    }

    [Fact]
    public async Task The_stored_data_is_normalised_and_complete()
    {
        var browser = new Browserless(portal.CreateClient());
        var email = People.NewEmail();
        var form = People.PrivateCustomer(email);
        form["HasBillingAddress"] = "true";
        form["BillingAddress.Street"] = "Postbus";
        form["BillingAddress.HouseNumber"] = "100";
        form["BillingAddress.PostalCode"] = "1000 AC";
        form["BillingAddress.City"] = "Amsterdam";
        form["BillingAddress.CountryCode"] = "NL";
        await People.RegisterAsync(browser, form);

        var customer = await portal.WithDbAsync(db => db.Customers.Include(c => c.User).Include(c => c.Addresses).SingleAsync(c => c.User.Email == email));
        Assert.Equal("+31201234567", customer.User.PhoneNumber);
        Assert.Equal(CustomerKind.Private, customer.Kind);
        Assert.Equal("1012 LG", customer.PostalAddress!.PostalCode);
        Assert.Equal("Postbus", customer.BillingAddress!.Street);
        Assert.Null(customer.KvkNumber);
    }

    [Fact]
    public async Task A_business_customer_gives_company_KvK_and_VAT_numbers()
    {
        var browser = new Browserless(portal.CreateClient());
        var email = People.NewEmail();
        var form = People.PrivateCustomer(email);
        form["Kind"] = "Business";

        var rejected = await People.RegisterAsync(browser, form);
        Assert.Equal("Please enter the company name.", rejected.FieldError("CompanyName"));
        Assert.Equal("Please enter the Chamber of Commerce (KvK) number.", rejected.FieldError("KvkNumber"));
        Assert.Equal("Please enter the VAT number.", rejected.FieldError("VatNumber"));

        form["CompanyName"] = "Jansen Webdesign B.V.";
        form["KvkNumber"] = "1234567";
        form["VatNumber"] = "NL12345678";
        rejected = await People.RegisterAsync(browser, form);
        Assert.Equal("A KvK number has exactly 8 digits.", rejected.FieldError("KvkNumber"));
        Assert.StartsWith("This is not a valid VAT number", rejected.FieldError("VatNumber"), StringComparison.Ordinal);

        form["KvkNumber"] = "12345678";
        form["VatNumber"] = "nl 1234.56.789 b01";
        var sent = await People.RegisterAsync(browser, form);
        Assert.Equal("Check your e-mail", sent.Heading);
        var customer = await portal.WithDbAsync(db => db.Customers.SingleAsync(c => c.User.Email == email));
        Assert.Equal(("12345678", "NL123456789B01"), (customer.KvkNumber, customer.VatNumber));
    }

    [Fact]
    public async Task Every_missing_field_gets_its_own_message_and_nothing_typed_is_lost()
    {
        var browser = new Browserless(portal.CreateClient());
        var page = await browser.GetAsync("/account/register");
        var response = await browser.SubmitAsync(page, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["FirstName"] = "Marieke",
            ["Address.City"] = "Utrecht",
            ["Address.PostalCode"] = "12345",
            ["PhoneNumber"] = "12",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rejected = await Browserless.Page.FromAsync(response);

        Assert.Equal("Please enter your last name.", rejected.FieldError("LastName"));
        Assert.Equal("Please enter your e-mail address.", rejected.FieldError("Email"));
        Assert.Equal("Please enter the street.", rejected.FieldError("Address.Street"));
        Assert.Equal("Please enter the house number.", rejected.FieldError("Address.HouseNumber"));
        Assert.StartsWith("This is not a valid postcode for Netherlands", rejected.FieldError("Address.PostalCode"), StringComparison.Ordinal);
        Assert.StartsWith("This is not a valid phone number", rejected.FieldError("PhoneNumber"), StringComparison.Ordinal);
        Assert.Equal("Please choose a password.", rejected.FieldError("Password"));
        Assert.Equal("Please confirm that you have read the privacy policy.", rejected.FieldError("AcceptPrivacyPolicy"));
        Assert.Null(rejected.FieldError("BillingAddress.Street"));
        Assert.Equal("Marieke", rejected.Value("FirstName"));
        Assert.Equal("Utrecht", rejected.Value("Address.City"));
        Assert.Equal("true", rejected.Document.QuerySelector("[name='LastName']")?.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Passwords_need_twelve_characters_and_nothing_else()
    {
        var browser = new Browserless(portal.CreateClient());
        var email = People.NewEmail();
        var form = People.PrivateCustomer(email);
        form["Password"] = form["ConfirmPassword"] = "short pass";
        var rejected = await People.RegisterAsync(browser, form);
        Assert.Equal("Your password must be at least 12 characters long.", rejected.FieldError("Password"));

        form["Password"] = form["ConfirmPassword"] = "alllowercaseletters";
        var accepted = await People.RegisterAsync(browser, form);
        Assert.Equal("Check your e-mail", accepted.Heading);
    }

    [Fact]
    public async Task Signing_up_with_a_known_address_reveals_nothing_and_tells_the_owner()
    {
        var (_, email) = await People.SignedInCustomerAsync(portal);
        var stranger = new Browserless(portal.CreateClient());
        var form = People.PrivateCustomer(email);
        form["FirstName"] = "Someone";

        var page = await People.RegisterAsync(stranger, form);
        Assert.Equal("Check your e-mail", page.Heading);
        await Mailbox.WaitForAsync(email, "You already have a RED-IT account");
        var names = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.FirstName).ToListAsync());
        Assert.Equal(["Jan"], names);
    }
}
