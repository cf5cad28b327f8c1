using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RedIt.Portal.Features.AccountRecovery;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Tests.AccountRecovery;
using RedIt.Portal.Tests.Infrastructure;
using Xunit.Sdk;
using static Microsoft.Playwright.Assertions;

namespace RedIt.Portal.Tests.Browser;

// Clause 2.1 end to end in a real browser: the public form, the link to the new address, the
// reviewer's approval, signing in with the new address, and the documents provably gone.
[Trait("Policy", "2.1")]
public sealed class RecoveryJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_private_customer_gets_the_account_back_with_a_new_address_and_the_identity_copy_is_deleted()
    {
        var (email, number) = await CustomerAsync(CustomerKind.Private);
        var newEmail = People.NewEmail("recovered-browser");
        var marker = "MARKER-" + Guid.NewGuid().ToString("N");

        await JourneyAsync(email, number, newEmail, marker, async page =>
        {
            await page.GetByLabel("Private customer").CheckAsync();
            await page.GetByLabel("Identity documents").SetInputFilesAsync(Pdf("paspoort.pdf", marker));
        }, extractDated: null, expectedDeleted: "IdentityCopy x 1");
    }

    [Fact]
    public async Task A_business_with_two_jointly_authorised_directors_gets_the_account_back_and_all_three_documents_are_deleted()
    {
        var (email, number) = await CustomerAsync(CustomerKind.Business);
        var newEmail = People.NewEmail("recovered-browser");
        var marker = "MARKER-" + Guid.NewGuid().ToString("N");

        await JourneyAsync(email, number, newEmail, marker, async page =>
        {
            await page.GetByLabel("Business customer").CheckAsync();
            await page.GetByLabel("Chamber of Commerce (KvK) extract").SetInputFilesAsync(Pdf("kvk-uittreksel.pdf", marker + "-kvk"));
            await page.GetByLabel("The directors are jointly authorised").CheckAsync();
            await page.GetByLabel("How many directors are jointly authorised?").FillAsync("2");
            await page.GetByLabel("Identity documents").SetInputFilesAsync([Pdf("director-1.pdf", marker + "-1"), Pdf("director-2.pdf", marker + "-2")]);
        }, extractDated: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-20), expectedDeleted: "IdentityCopy x 2, KvkExtract x 1");
    }

    private async Task JourneyAsync(string email, int number, string newEmail, string marker, Func<IPage, Task> documents, DateOnly? extractDated, string expectedDeleted)
    {
        var requester = await browser.NewPageAsync();
        var staff = await browser.NewPageAsync();
        var current = requester;
        try
        {
            await requester.GotoAsync("/account/login");
            await requester.GetByRole(AriaRole.Link, new() { Name = "No access to your e-mail address any more?" }).ClickAsync();
            await Expect(requester.GetByRole(AriaRole.Heading, new() { Name = "Restore access to your account" })).ToBeVisibleAsync();
            await Expect(requester.GetByRole(AriaRole.Main)).ToContainTextAsync("after 14 days if the request is not completed");
            await requester.GetByLabel("E-mail address on file, or customer number").FillAsync(email);
            await requester.GetByLabel("New e-mail address").FillAsync(newEmail);
            await documents(requester);
            await requester.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
            await Expect(requester.GetByRole(AriaRole.Heading, new() { Name = "Check your new e-mail address" })).ToBeVisibleAsync();
            await Mailbox.WaitForAsync(email, "Someone asked to restore access");

            await requester.GotoAsync(Mailbox.Link(await Mailbox.WaitForAsync(newEmail, "Confirm this address")));
            await requester.GetByRole(AriaRole.Button, new() { Name = "Confirm e-mail address" }).ClickAsync();
            await Expect(requester.GetByRole(AriaRole.Heading, new() { Name = "Your new address is confirmed" })).ToBeVisibleAsync();
            var recovery = await Recoveries.CaseAsync(browser.Portal, newEmail);
            var ciphertexts = recovery.Documents.Select(d => d.EncryptedContent[..64]).ToList();

            current = staff;
            await Journeys.SignInStaffFirstTimeAsync(staff, await People.StaffAsync(browser.Portal, PortalRoles.Support));
            await staff.GotoAsync("/desk");
            await staff.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Account recovery" }).ClickAsync();
            await staff.GetByLabel("Search (customer number or name)").FillAsync(number.ToString(CultureInfo.InvariantCulture));
            await staff.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
            await staff.GetByRole(AriaRole.Row).Filter(new() { HasText = "Open" })
                .GetByRole(AriaRole.Link, new() { Name = number.ToString(CultureInfo.InvariantCulture) }).ClickAsync();
            await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Recovery case" })).ToBeVisibleAsync();
            await staff.GetByRole(AriaRole.Button, new() { Name = "Take this case" }).ClickAsync();
            await Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("The case is yours now");

            // Each document opens in the browser, inline, as a PDF.
            var links = staff.Locator("ul.recovery-documents a");
            await Expect(links).ToHaveCountAsync(recovery.Documents.Count);
            foreach (var href in await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            {
                var response = await staff.Context.APIRequest.GetAsync(href);
                Assert.Equal(200, response.Status);
                Assert.StartsWith("inline", response.Headers["content-disposition"], StringComparison.Ordinal);
                Assert.Equal("application/pdf", response.Headers["content-type"]);
            }

            if (extractDated is { } dated)
            {
                await staff.GetByLabel("Extract dated").FillAsync(dated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            await staff.GetByRole(AriaRole.Button, new() { Name = "Restore access" }).ClickAsync();
            await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Restore access to this account?" })).ToBeVisibleAsync();
            await staff.GetByRole(AriaRole.Button, new() { Name = "Yes, restore access" }).ClickAsync();
            await Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Access is restored and the documents are deleted.");
            await Expect(staff.Locator("#documents-deleted")).ToContainTextAsync(expectedDeleted);

            current = requester;
            await requester.GotoAsync(Mailbox.Link(await Mailbox.WaitForAsync(newEmail, "Access to your RED-IT account is restored")));
            await requester.GetByLabel("E-mail address").FillAsync(newEmail);
            await requester.GetByLabel("Password", new() { Exact = true }).FillAsync(People.Password);
            await requester.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(requester.GetByRole(AriaRole.Heading, new() { Name = "My details" })).ToBeVisibleAsync();

            // Gone: no rows, and neither the stored bytes nor the markers anywhere in the database.
            var closed = await Recoveries.CaseAsync(browser.Portal, newEmail);
            Assert.Equal(RecoveryCaseStatus.Restored, closed.Status);
            Assert.Equal(expectedDeleted, closed.DeletedDocuments);
            Assert.Empty(closed.Documents);
            Assert.Empty(await browser.Portal.WithDbAsync(db => DatabaseScan.FindBytesAsync(db, [.. ciphertexts, System.Text.Encoding.ASCII.GetBytes(marker)])));
            Assert.Empty(await browser.Portal.WithDbAsync(db => DatabaseScan.FindAsync(db, [marker])));
        }
        catch (Exception failure)
        {
            throw new XunitException($"{await Journeys.ScreenshotNoteAsync(current, "recovery-journey")}{Environment.NewLine}{failure.Message}", failure);
        }
        finally
        {
            await requester.Context.CloseAsync();
            await staff.Context.CloseAsync();
        }
    }

    private async Task<(string Email, int Number)> CustomerAsync(CustomerKind kind)
    {
        var email = People.NewEmail("recovery-browser");
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        var input = new RegisterInput
        {
            Kind = kind,
            FirstName = "Bram",
            LastName = "Bestuurder",
            PhoneNumber = "020-1234567",
            Address = new AddressInput { Street = "Damrak", HouseNumber = "1", PostalCode = "1012 LG", City = "Amsterdam", CountryCode = "NL" },
            CompanyName = kind == CustomerKind.Business ? "Bestuurders B.V." : null,
            KvkNumber = kind == CustomerKind.Business ? "12345678" : null,
            VatNumber = kind == CustomerKind.Business ? "NL123456789B01" : null,
            Email = email,
            Password = People.Password,
            ConfirmPassword = People.Password,
            AcceptPrivacyPolicy = true,
        };
        var result = await scope.ServiceProvider.GetRequiredService<CustomerRegistration>().RegisterAsync(input);
        Assert.Empty(result.Errors);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        var number = await browser.Portal.WithDbAsync(db => db.Customers.Where(c => c.Id == user.Id).Select(c => c.Number).SingleAsync());
        return (email, number);
    }

    private static FilePayload Pdf(string name, string marker) => new() { Name = name, MimeType = "application/pdf", Buffer = Recoveries.MarkedPdf(marker) };
}
