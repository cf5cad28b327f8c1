using Microsoft.Playwright;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Support.Desk;
using Xunit.Sdk;
using static Microsoft.Playwright.Assertions;

namespace RedIt.Portal.Tests.Browser;

// The small script on the desk's ticket page, in a real browser under the portal's CSP: a chosen
// standard reply goes where the cursor is, and what was typed stays.
[Trait("Policy", "2.1")]
public sealed class CannedReplyBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_chosen_standard_reply_is_put_in_the_reply_box_without_losing_what_was_typed()
    {
        var token = DeskTickets.Token();
        var reply = new CannedReply { Id = Guid.NewGuid(), Culture = "nl", Title = "Ontvangen " + token, Body = "Beste {name}, ticket {ticket} is ontvangen.", UpdatedAt = DateTime.UtcNow };
        var ticket = DeskTickets.New("Browser " + token);
        await browser.Portal.WithDbAsync(async db =>
        {
            db.Add(reply);
            DeskTickets.Add(db, ticket, DeskTickets.FromCustomer(ticket, "Is my domain registered?"));
            return await db.SaveChangesAsync();
        });
        var email = await People.StaffAsync(browser.Portal, PortalRoles.Support);
        var page = await browser.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };
        try
        {
            await page.GotoAsync("/account/login");
            await page.GetByLabel("E-mail address").FillAsync(email);
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync(People.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            var key = await page.Locator("#shared-key").TextContentAsync();
            await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key!));
            await page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

            var url = $"/desk/tickets/{ticket.Number}";
            await page.GotoAsync(url);
            var box = page.GetByLabel("Reply to the customer");
            await box.FillAsync("Hallo,\n");
            await page.GetByLabel("Standard reply").SelectOptionAsync(reply.Id.ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Put in the reply" }).ClickAsync();

            await Expect(box).ToHaveValueAsync($"Hallo,\nBeste Vera Visitor, ticket {ticket.Number} is ontvangen.");
            Assert.EndsWith(url, page.Url, StringComparison.Ordinal);
            Assert.Empty(refused);
        }
        catch (Exception failure)
        {
            throw new XunitException($"{await BrowserFixture.ScreenshotAsync(page, "canned-reply-failed")}{Environment.NewLine}{failure.Message}", failure);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
