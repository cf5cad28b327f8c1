using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Security.Sessions;

// ASVS 2.8.4: an authenticator code works once. Someone who watched it being typed, or a phishing
// page that relays it, cannot use it again, nor an older one.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "4")]
public sealed class TotpOnceTests(PortalFactory portal)
{
    [Fact]
    public async Task The_same_code_is_refused_the_second_time_and_so_is_an_older_one()
    {
        var (browser, email) = await People.SignedInCustomerAsync(portal);
        var setup = await browser.GetAsync("/profile/two-factor/setup");
        var key = setup.Document.QuerySelector("#shared-key")!.TextContent;
        var used = Totp.Code(key);
        var enabled = await browser.SubmitAndFollowAsync(setup, new Dictionary<string, string>(StringComparer.Ordinal) { ["Code"] = used });
        Assert.Equal("Two-factor authentication", enabled.Heading);

        var again = await ChallengeAsync(email);
        var replayed = await again.Browser.SubmitAndFollowAsync(again.Page, new Dictionary<string, string>(StringComparer.Ordinal) { ["Code"] = used });
        Assert.Equal("Two-factor authentication", replayed.Heading);
        Assert.StartsWith("This code is not correct.", replayed.FieldError("Code"), StringComparison.Ordinal);

        var older = await again.Browser.SubmitAndFollowAsync(replayed, new Dictionary<string, string>(StringComparer.Ordinal) { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(-30)) });
        Assert.StartsWith("This code is not correct.", older.FieldError("Code"), StringComparison.Ordinal);

        var next = await again.Browser.SubmitAndFollowAsync(older, new Dictionary<string, string>(StringComparer.Ordinal) { ["Code"] = Totp.NextCode(key) });
        Assert.Equal("My details", next.Heading);
    }

    [Fact]
    public async Task Staff_are_not_offered_to_remember_the_device_and_a_posted_wish_is_ignored()
    {
        var (staff, email) = await Consent.Staff.SignedInAsync(portal, PortalRoles.Support);
        var key = await AuthenticatorKeyAsync(email);

        var challenge = await ChallengeAsync(email);
        Assert.Null(challenge.Page.Document.QuerySelector("[name='RememberMachine']"));
        using var signedIn = await challenge.Browser.SubmitAsync(challenge.Page, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Code"] = Totp.NextCode(key),
            ["RememberMachine"] = "true",
        });
        Assert.DoesNotContain(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("Identity.TwoFactorRememberMe", StringComparison.Ordinal));
        Assert.NotNull(staff);

        var customer = await People.SignedInCustomerAsync(portal);
        var customerSetup = await customer.Browser.GetAsync("/profile/two-factor/setup");
        await customer.Browser.SubmitAsync(customerSetup, new Dictionary<string, string>(StringComparer.Ordinal) { ["Code"] = Totp.Code(customerSetup.Document.QuerySelector("#shared-key")!.TextContent) });
        Assert.NotNull((await ChallengeAsync(customer.Email)).Page.Document.QuerySelector("[name='RememberMachine']"));
    }

    private async Task<(Browserless Browser, Browserless.Page Page)> ChallengeAsync(string email)
    {
        var browser = new Browserless(portal.CreateClient());
        var challenge = await People.LoginAsync(browser, email);
        Assert.Equal("Two-factor authentication", challenge.Heading);
        return (browser, challenge);
    }

    private async Task<string> AuthenticatorKeyAsync(string email)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email);
        return (await users.GetAuthenticatorKeyAsync(user!))!;
    }
}
