using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RedIt.Portal.Tests.Infrastructure;
using Xunit.Sdk;
using static Microsoft.Playwright.Assertions;

namespace RedIt.Portal.Tests.Browser;

[Trait("Policy", "1.1")]
public sealed class SignUpJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_person_signs_up_in_a_browser_confirms_by_mail_signs_in_and_corrects_their_details()
    {
        var page = await browser.NewPageAsync();
        try
        {
            await SignUpConfirmSignInAndCorrectAsync(page, People.NewEmail("browser"));
        }
        catch (Exception failure)
        {
            throw new XunitException($"{await Journeys.ScreenshotNoteAsync(page, "sign-up-journey")}{Environment.NewLine}{failure.Message}", failure);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task SignUpConfirmSignInAndCorrectAsync(IPage page, string email)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create an account" })).ToBeVisibleAsync();

        await page.GetByLabel("Private customer").CheckAsync();
        await page.GetByLabel("First name").FillAsync("Jan");
        await page.GetByLabel("Last name").FillAsync("Jansen");
        await page.GetByLabel("Phone number").FillAsync("06 12345678");
        var address = page.GetByRole(AriaRole.Group, new() { Name = "Address", Exact = true });
        await address.GetByLabel("Street").FillAsync("Damrak");
        await address.GetByLabel("House number").FillAsync("1");
        await address.GetByLabel("Postcode").FillAsync("12345");
        await address.GetByLabel("City").FillAsync("Amsterdam");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await FillPasswordsAsync(page);
        await page.GetByLabel("I have read the privacy policy").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        // A Dutch postcode has four digits and two letters: the page says so under that field
        // and keeps what was typed.
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Please correct the fields marked below.");
        await Expect(address.GetByText("This is not a valid postcode for Netherlands")).ToBeVisibleAsync();
        await Expect(address.GetByLabel("Postcode")).ToHaveAccessibleDescriptionAsync(new Regex("^This is not a valid postcode for Netherlands"));
        await Expect(page.GetByLabel("First name")).ToHaveValueAsync("Jan");

        await address.GetByLabel("Postcode").FillAsync("1012 LG");
        // Browsers never get a password back from the server, so a person types it again.
        await FillPasswordsAsync(page);
        await page.GetByLabel("I have read the privacy policy").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your e-mail" })).ToBeVisibleAsync();

        var mail = await Mailbox.WaitForAsync(email, "Confirm your e-mail");
        await page.GotoAsync(Mailbox.Link(mail));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm e-mail address" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "E-mail address confirmed" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(People.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My details" })).ToBeVisibleAsync();
        await Expect(Detail(page, "Name")).ToHaveTextAsync("Jan Jansen");
        await Expect(Detail(page, "Phone number")).ToHaveTextAsync("+31 6 12345678");
        await Expect(Detail(page, "Address")).ToHaveTextAsync("Damrak 1 1012 LG Amsterdam Netherlands", new() { UseInnerText = true });
        await Expect(Detail(page, "Billing address")).ToHaveTextAsync("Same as the address above");

        await page.GetByRole(AriaRole.Link, new() { Name = "Correct my details" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Correct my details" })).ToBeVisibleAsync();
        await address.GetByLabel("Street").FillAsync("Kalverstraat");
        await address.GetByLabel("City").FillAsync("Amsterdam-Centrum");
        var billing = page.GetByRole(AriaRole.Group, new() { Name = "Billing address", Exact = true });
        // The billing fields stay hidden (CSS only, no script) until the box is ticked.
        await Expect(billing.GetByLabel("Street")).ToBeHiddenAsync();
        await billing.GetByLabel("Send invoices to a different address").CheckAsync();
        await Expect(billing.GetByLabel("Street")).ToBeVisibleAsync();
        await billing.GetByLabel("Street").FillAsync("Postbus");
        await billing.GetByLabel("House number").FillAsync("100");
        await billing.GetByLabel("Postcode").FillAsync("1000ac");
        await billing.GetByLabel("City").FillAsync("Amsterdam");
        await billing.GetByLabel("Country").SelectOptionAsync(new SelectOptionValue { Label = "Netherlands" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your details have been saved.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My details" })).ToBeVisibleAsync();
        await Expect(Detail(page, "Address")).ToHaveTextAsync("Kalverstraat 1 1012 LG Amsterdam-Centrum Netherlands", new() { UseInnerText = true });
        await Expect(Detail(page, "Billing address")).ToHaveTextAsync("Postbus 100 1000 AC Amsterdam Netherlands", new() { UseInnerText = true });
    }

    private static async Task FillPasswordsAsync(IPage page)
    {
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(People.Password);
        await page.GetByLabel("Repeat password").FillAsync(People.Password);
    }

    // The value next to a term on the profile page, as a person reads it.
    private static ILocator Detail(IPage page, string term) =>
        page.Locator("dt").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(term)}$") }).Locator("xpath=following-sibling::dd[1]");
}
