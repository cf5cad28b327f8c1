using Microsoft.Playwright;
using RedIt.Portal.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace RedIt.Portal.Tests.Browser;

// The steps many journeys start with, done as a person does them in the browser.
public static class Journeys
{
    // Signs up as a private customer in Amsterdam, confirms the address from the mail and signs in.
    public static async Task SignUpConfirmAndSignInAsync(IPage page, string email, string firstName, string lastName)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Private customer").CheckAsync();
        await page.GetByLabel("First name").FillAsync(firstName);
        await page.GetByLabel("Last name").FillAsync(lastName);
        await page.GetByLabel("Phone number").FillAsync("06 12345678");
        var address = page.GetByRole(AriaRole.Group, new() { Name = "Address", Exact = true });
        await address.GetByLabel("Street").FillAsync("Damrak");
        await address.GetByLabel("House number").FillAsync("1");
        await address.GetByLabel("Postcode").FillAsync("1012 LG");
        await address.GetByLabel("City").FillAsync("Amsterdam");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(People.Password);
        await page.GetByLabel("Repeat password").FillAsync(People.Password);
        await page.GetByLabel("I have read the privacy policy").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your e-mail" })).ToBeVisibleAsync();

        await page.GotoAsync(Mailbox.Link(await Mailbox.WaitForAsync(email, "Confirm your e-mail")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm e-mail address" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "E-mail address confirmed" })).ToBeVisibleAsync();
        await SignInAsync(page, email);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My details" })).ToBeVisibleAsync();
    }

    public static async Task SignInAsync(IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(People.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    // A new staff account's first sign-in, which sets up two-factor authentication.
    public static async Task SignInStaffFirstTimeAsync(IPage page, string email)
    {
        ArgumentNullException.ThrowIfNull(page);
        await SignInAsync(page, email);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Set up two-factor authentication" })).ToBeVisibleAsync();
        var key = await page.Locator("#shared-key").TextContentAsync();
        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
    }

    // Where to see what the browser showed when the journey went wrong; a crashed page has no
    // picture, and that must not hide the failure itself.
    public static async Task<string> ScreenshotNoteAsync(IPage page, string journey)
    {
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            return $"Screenshot of {page.Url}: {await BrowserFixture.ScreenshotAsync(page, journey + "-failed")}";
        }
        catch (PlaywrightException problem)
        {
            return $"No screenshot of {page.Url}: {problem.Message}";
        }
    }
}
