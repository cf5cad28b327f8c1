using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.DataRequests;

// The people of the data-subject request tests: customers whose name, phone and street occur
// nowhere else in the database, and admins signed in with two-factor.
public static class RequestPeople
{
    public sealed record Customer(Browserless Browser, string Email, string FirstName, string LastName, string PhoneDigits, string Street, Guid Id);

    // Letters only, so the value passes the name fields' validation and is unique in the database.
    public static string UniqueWord(string prefix) =>
        prefix + new string(RandomNumberGenerator.GetBytes(10).Select(b => (char)('a' + (b % 26))).ToArray());

    public static async Task<Customer> UniqueCustomerAsync(PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var browser = new Browserless(portal.CreateClient());
        var email = People.NewEmail("subject");
        // Dutch mobile numbers start with 06-1 to 06-5; the rest are other services.
        var digits = "612" + RandomNumberGenerator.GetInt32(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var form = People.PrivateCustomer(email);
        var first = UniqueWord("Erik");
        var last = UniqueWord("Visser");
        var street = UniqueWord("Laan");
        form["FirstName"] = first;
        form["LastName"] = last;
        form["PhoneNumber"] = "0" + digits;
        form["Address.Street"] = street;
        await People.RegisterAsync(browser, form);
        await People.ConfirmAsync(browser, email);
        var profile = await People.LoginAsync(browser, email);
        Assert.Equal("My details", profile.Heading);
        var id = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        return new Customer(browser, email, first, last, digits, street, id);
    }


    // Posts to an action that no form on the page points at, with the page's antiforgery token:
    // what a person who edits the page in their browser can do.
    public static async Task<HttpResponseMessage> PostAsync(Browserless browser, Browserless.Page page, string url, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(page);
        var values = new Dictionary<string, string>(fields, StringComparer.Ordinal)
        {
            ["__RequestVerificationToken"] = page.Value("__RequestVerificationToken") ?? throw new InvalidOperationException("The page has no antiforgery token."),
        };
        using var content = new FormUrlEncodedContent(values);
        return await browser.Client.PostAsync(url, content);
    }

    public static Dictionary<string, string> Form(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
}
