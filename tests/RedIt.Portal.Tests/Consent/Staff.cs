using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Consent;

internal static class Staff
{
    // A staff member signed in with the second factor their role requires.
    public static async Task<(Browserless Browser, string Email)> SignedInAsync(PortalFactory portal, string role)
    {
        var email = await People.StaffAsync(portal, role);
        var browser = new Browserless(portal.CreateClient());
        var setup = await People.LoginAsync(browser, email);
        using var enabled = await browser.SubmitAsync(setup, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Code"] = Totp.Code(setup.Document.QuerySelector("#shared-key")!.TextContent),
        });
        return (browser, email);
    }
}
