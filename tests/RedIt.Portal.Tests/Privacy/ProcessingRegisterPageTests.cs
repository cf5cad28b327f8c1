using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Privacy;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Retention;
using RedIt.Privacy;

namespace RedIt.Portal.Tests.Privacy;

[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "6")]
public sealed class ProcessingRegisterPageTests(PortalFactory portal)
{
    [Fact]
    public async Task An_admin_reads_the_register_of_processing_activities_and_downloads_it_as_Markdown()
    {
        var browser = await People.SignedInStaffAsync(portal, PortalRoles.Admin);
        var register = RedItProcessingRegister.Build(portal.Services.GetRequiredService<PrivacyCatalog>());

        var page = await browser.GetAsync("/admin/privacy/register");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Register of processing activities", page.Heading);
        var sections = page.Document.QuerySelectorAll("section.activity h2").Select(h => h.TextContent).ToList();
        Assert.Equal(register.Activities.Select(a => a.Category), sections);
        Assert.Contains("Billing", sections);
        Assert.Contains("Disclosures to third parties", sections);
        Assert.Contains("Dutch tax law (art. 52 AWR)", page.Text, StringComparison.Ordinal);

        using var download = await browser.Client.GetAsync("/admin/privacy/register/download");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/markdown", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(register.ToMarkdown(), await download.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Customers_cannot_read_the_register()
    {
        var (browser, _) = await People.SignedInCustomerAsync(portal);
        using var response = await browser.Client.GetAsync("/admin/privacy/register");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
