using System.Net;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Security;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "6")]
public sealed class AdminHomeTests(PortalFactory portal)
{
    [Fact]
    public async Task The_admin_start_page_leads_to_every_privacy_tool()
    {
        var admin = await People.SignedInStaffAsync(portal);
        var home = await admin.GetAsync("/admin");
        var links = home.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/desk", "/admin/requests", "/admin/privacy/register", "/admin/retention", "/admin/policy", "/admin/audit-log", "/admin/phone-systems", "/admin/products"], links);
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(link!)).Status);
        }
    }

    [Fact]
    [Trait("Policy", "4")]
    public async Task Support_staff_cannot_open_it()
    {
        var support = await People.SignedInStaffAsync(portal, "Support");
        using var response = await support.Client.GetAsync("/admin");
        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
