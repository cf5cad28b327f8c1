using Microsoft.Playwright;
using RedIt.Portal.Tests.DataRequests;
using RedIt.Portal.Tests.Infrastructure;
using Xunit.Sdk;
using static Microsoft.Playwright.Assertions;

namespace RedIt.Portal.Tests.Browser;

[Trait("Policy", "6")]
public sealed class ErasureJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_customer_asks_for_deletion_an_admin_erases_the_account_and_the_customer_cannot_sign_in_again()
    {
        var email = People.NewEmail("erase-browser");
        var lastName = RequestPeople.UniqueWord("Wisser");
        var customer = await browser.NewPageAsync();
        var admin = await browser.NewPageAsync();
        var current = customer;
        try
        {
            await SignUpAndSignInAsync(customer, email, lastName);
            await AskForDeletionAsync(customer);
            current = admin;
            await EraseAsAdminAsync(admin, await People.StaffAsync(browser.Portal, "Admin"), lastName);

            current = await browser.NewPageAsync();
            await SignInAsync(current, email);
            await Expect(current.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The e-mail address or password is not correct.");
            await Expect(current.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        }
        catch (Exception failure)
        {
            throw new XunitException($"{await ScreenshotNoteAsync(current)}{Environment.NewLine}{failure.Message}", failure);
        }
        finally
        {
            await customer.Context.CloseAsync();
            await admin.Context.CloseAsync();
            if (current != customer && current != admin)
            {
                await current.Context.CloseAsync();
            }
        }
    }

    private static async Task SignUpAndSignInAsync(IPage page, string email, string lastName)
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Private customer").CheckAsync();
        await page.GetByLabel("First name").FillAsync("Wim");
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

    private static async Task AskForDeletionAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Delete my account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Delete my account" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Addresses");
        await page.GetByLabel("Your password").FillAsync(People.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask to delete my account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We received your request to delete your account.");
    }

    private static async Task EraseAsAdminAsync(IPage page, string adminEmail, string lastName)
    {
        await SignInAsync(page, adminEmail);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Set up two-factor authentication" })).ToBeVisibleAsync();
        var key = await page.Locator("#shared-key").TextContentAsync();
        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Admin" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Data-subject requests" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Data-subject requests" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Wim " + lastName }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Data-subject request" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Show erasure plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Erasure plan" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Account");
        await page.GetByLabel("I have checked the plan; erase this person's data now").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Erase now" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The erasure has been carried out.");
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(People.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static async Task<string> ScreenshotNoteAsync(IPage page)
    {
        try
        {
            return $"Screenshot of {page.Url}: {await BrowserFixture.ScreenshotAsync(page, "erasure-journey-failed")}";
        }
        catch (PlaywrightException problem)
        {
            return $"No screenshot of {page.Url}: {problem.Message}";
        }
    }
}
