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
            await Journeys.SignUpConfirmAndSignInAsync(customer, email, "Wim", lastName);
            await AskForDeletionAsync(customer);
            current = admin;
            await EraseAsAdminAsync(admin, await People.StaffAsync(browser.Portal, "Admin"), lastName);

            current = await browser.NewPageAsync();
            await Journeys.SignInAsync(current, email);
            await Expect(current.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The e-mail address or password is not correct.");
            await Expect(current.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        }
        catch (Exception failure)
        {
            throw new XunitException($"{await Journeys.ScreenshotNoteAsync(current, "erasure-journey")}{Environment.NewLine}{failure.Message}", failure);
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
        await Journeys.SignInStaffFirstTimeAsync(page, adminEmail);

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
}
