using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Accounts;

namespace RedIt.Portal.Tests.Infrastructure;

// Makes the customers and staff a test needs, through the same pages a person uses.
public static class People
{
    public const string Password = "correct horse battery staple";

    public static string NewEmail(string who = "customer") => $"{who}-{Guid.NewGuid():N}@example.nl";

    public static Dictionary<string, string> PrivateCustomer(string email) => new(StringComparer.Ordinal)
    {
        ["Kind"] = "Private",
        ["FirstName"] = "Jan",
        ["LastName"] = "Jansen",
        ["PhoneNumber"] = "020-1234567",
        ["Address.Street"] = "Damrak",
        ["Address.HouseNumber"] = "1",
        ["Address.PostalCode"] = "1012lg",
        ["Address.City"] = "Amsterdam",
        ["Address.CountryCode"] = "NL",
        ["Email"] = email,
        ["Password"] = Password,
        ["ConfirmPassword"] = Password,
        ["AcceptPrivacyPolicy"] = "true",
    };

    public static async Task<Browserless.Page> RegisterAsync(Browserless browser, Dictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.GetAsync("/account/register");
        return await browser.SubmitAndFollowAsync(page, form);
    }

    public static async Task ConfirmAsync(Browserless browser, string email)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var mail = await Mailbox.WaitForAsync(email, "Confirm your e-mail");
        var page = await browser.GetAsync(Mailbox.Link(mail));
        var confirmed = await browser.SubmitAndFollowAsync(page, new Dictionary<string, string>());
        Assert.Equal("E-mail address confirmed", confirmed.Heading);
    }

    public static async Task<Browserless.Page> LoginAsync(Browserless browser, string email, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.GetAsync("/account/login");
        return await browser.SubmitAndFollowAsync(page, new Dictionary<string, string>(StringComparer.Ordinal) { ["Email"] = email, ["Password"] = password });
    }

    // A confirmed, signed-in private customer.
    public static async Task<(Browserless Browser, string Email)> SignedInCustomerAsync(PortalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var browser = new Browserless(factory.CreateClient());
        var email = NewEmail();
        await RegisterAsync(browser, PrivateCustomer(email));
        await ConfirmAsync(browser, email);
        var profile = await LoginAsync(browser, email);
        Assert.Equal(HttpStatusCode.OK, profile.Status);
        Assert.Equal("My details", profile.Heading);
        return (browser, email);
    }

    public static async Task<string> StaffAsync(PortalFactory factory, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var email = NewEmail("staff");
        await using var scope = factory.Services.CreateAsyncScope();
        var staff = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var result = await staff.CreateAsync(email, "Sam", "Staff", Password, roles);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Description)));
        return email;
    }

    // A staff member with two-factor set up and signed in: what every staff page needs first.
    public static async Task<Browserless> SignedInStaffAsync(PortalFactory factory, string role = PortalRoles.Admin)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var email = await StaffAsync(factory, role);
        var browser = new Browserless(factory.CreateClient());
        var setup = await LoginAsync(browser, email);
        Assert.Equal("Set up two-factor authentication", setup.Heading);
        var key = setup.Document.QuerySelector("#shared-key")!.TextContent;
        var done = await browser.SubmitAndFollowAsync(setup, new Dictionary<string, string>(StringComparer.Ordinal) { ["Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, done.Status);
        return browser;
    }
}
