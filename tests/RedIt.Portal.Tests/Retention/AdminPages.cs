using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Retention;

public static class AdminPages
{
    // A staff member with two-factor set up, signed in: what every staff page needs first.
    public static async Task<Browserless> SignedInStaffAsync(PortalFactory portal, string role)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var email = await People.StaffAsync(portal, role);
        var browser = new Browserless(portal.CreateClient());
        var setup = await People.LoginAsync(browser, email);
        var key = setup.Document.QuerySelector("#shared-key")!.TextContent;
        using var enabled = await browser.SubmitAsync(setup, new Dictionary<string, string>(StringComparer.Ordinal) { ["Code"] = Totp.Code(key) });
        return browser;
    }
}
