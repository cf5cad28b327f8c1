using System.Net;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Features.DataRequests;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Security.Sessions;

// ASVS 3.7.1: what changes how a person signs in, and what hands an admin someone's data, needs
// the password typed in the last ten minutes, not just a session someone left open.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "4")]
public sealed class StepUpTests(PortalFactory portal)
{
    [Fact]
    public async Task Turning_on_two_factor_ten_minutes_after_signing_in_asks_for_the_password_again()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        await PasswordTypedAgoAsync(email, TimeSpan.FromMinutes(11));

        using (var redirected = await browser.Client.GetAsync("/profile/two-factor/setup"))
        {
            Assert.Equal("/account/confirm-password?returnUrl=%2Fprofile%2Ftwo-factor%2Fsetup", redirected.Headers.Location!.OriginalString);
        }

        var confirm = await browser.GetAsync("/account/confirm-password?returnUrl=%2Fprofile%2Ftwo-factor%2Fsetup");
        Assert.Equal("Confirm your password", confirm.Heading);
        var wrong = await browser.SubmitAndFollowAsync(confirm, new Dictionary<string, string>(StringComparer.Ordinal) { ["Password"] = "not my password at all" });
        Assert.Equal("Your password is not correct.", wrong.FieldError("Password"));
        Assert.Equal(1, await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.AccessFailedCount).SingleAsync()));

        var setup = await browser.SubmitAndFollowAsync(wrong, new Dictionary<string, string>(StringComparer.Ordinal) { ["Password"] = People.Password });
        Assert.Equal("Set up two-factor authentication", setup.Heading);
        var key = setup.Document.QuerySelector("#shared-key")!.TextContent;
        var enabled = await browser.SubmitAndFollowAsync(setup, new Dictionary<string, string>(StringComparer.Ordinal) { ["Code"] = Totp.Code(key) });
        Assert.Equal(10, enabled.Document.QuerySelectorAll(".codes code").Length);

        // New recovery codes are the same kind of change.
        await PasswordTypedAgoAsync(email, TimeSpan.FromMinutes(11));
        using var codes = await browser.SubmitAsync(await browser.GetAsync("/profile/two-factor"), new Dictionary<string, string>(), "/profile/two-factor/recovery-codes");
        Assert.StartsWith("/account/confirm-password", codes.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_confirms_the_password_before_an_erasure_plan_or_an_export()
    {
        var (customer, email) = await People.SignedInCustomerAsync(portal);
        var ask = await customer.GetAsync("/profile/data/delete");
        await customer.SubmitAsync(ask, new Dictionary<string, string>(StringComparer.Ordinal) { ["CurrentPassword"] = People.Password });
        var customerId = await portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var requestId = await portal.WithDbAsync(db => db.Set<DataSubjectRequest>().Where(r => r.PersonId == customerId).Select(r => r.Id).SingleAsync());

        var (admin, adminEmail) = await Consent.Staff.SignedInAsync(portal, PortalRoles.Admin);
        var plan = await admin.GetAsync($"/admin/requests/{requestId}/erasure");
        Assert.Equal("Erasure plan", plan.Heading);

        await PasswordTypedAgoAsync(adminEmail, TimeSpan.FromMinutes(11));
        using (var later = await admin.Client.GetAsync($"/admin/requests/{requestId}/erasure"))
        {
            Assert.StartsWith("/account/confirm-password", later.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        // The export is a button on the request's page: a late press goes to the password page and back there.
        var detail = await admin.GetAsync($"/admin/requests/{requestId}");
        var form = detail.Form("/export");
        using var export = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action"))
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", detail.Document.QuerySelector("[name='__RequestVerificationToken']")!.GetAttribute("value")!)]),
        };
        export.Headers.Referrer = new Uri($"https://localhost/admin/requests/{requestId}");
        using var pressed = await admin.Client.SendAsync(export);
        Assert.Equal(HttpStatusCode.Redirect, pressed.StatusCode);
        Assert.Equal($"/account/confirm-password?returnUrl=%2Fadmin%2Frequests%2F{requestId}", pressed.Headers.Location!.OriginalString);

        var confirm = await admin.GetAsync(pressed.Headers.Location!.OriginalString);
        var back = await admin.SubmitAndFollowAsync(confirm, new Dictionary<string, string>(StringComparer.Ordinal) { ["Password"] = People.Password });
        Assert.Equal(detail.Heading, back.Heading);
        Assert.Equal("Erasure plan", (await admin.GetAsync($"/admin/requests/{requestId}/erasure")).Heading);
    }

    [Fact]
    public async Task A_new_staff_member_who_waited_too_long_confirms_the_password_and_then_sets_up_two_factor()
    {
        var email = await People.StaffAsync(portal, PortalRoles.Support);
        var browser = new Browserless(portal.CreateClient());
        Assert.Equal("Set up two-factor authentication", (await People.LoginAsync(browser, email)).Heading);
        await PasswordTypedAgoAsync(email, TimeSpan.FromMinutes(11));

        var confirm = await browser.FollowAsync(await browser.Client.GetAsync("/profile/two-factor/setup?required=true"));
        Assert.Equal("Confirm your password", confirm.Heading);
        var setup = await browser.SubmitAndFollowAsync(confirm, new Dictionary<string, string>(StringComparer.Ordinal) { ["Password"] = People.Password });
        Assert.Equal("Set up two-factor authentication", setup.Heading);
    }

    private Task PasswordTypedAgoAsync(string email, TimeSpan ago) =>
        SignInCookie.ShiftAsync(portal, email, s =>
        {
            s.PasswordConfirmedAt = DateTime.UtcNow - ago;
            return s;
        });
}
