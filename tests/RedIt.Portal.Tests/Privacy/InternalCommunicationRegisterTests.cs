using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Accounts;
using RedIt.Portal.Privacy;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Portal.Tests.Retention;
using RedIt.Privacy;

namespace RedIt.Portal.Tests.Privacy;

// Clause 2.9 is no feature of its own: the register names the internal tools and what may pass
// through each, and the admin reads that on the register page.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "2.9")]
public sealed class InternalCommunicationRegisterTests(PortalFactory portal)
{
    [Fact]
    public void The_register_names_e_mail_and_Skype_for_Business_with_what_may_and_may_not_pass_through_each()
    {
        var register = RedItProcessingRegister.Build(portal.Services.GetRequiredService<PrivacyCatalog>());
        var internalTools = register.Activities.Where(a => a.Category.StartsWith("Internal communication", StringComparison.Ordinal)).ToList();

        Assert.Equal(["Internal communication by e-mail (2.9)", "Internal communication in Skype for Business (2.9)"], internalTools.Select(a => a.Category));
        foreach (var tool in internalTools)
        {
            Assert.Contains(tool.PersonalData, d => d.StartsWith("May pass: ", StringComparison.Ordinal));
            var excluded = Assert.Single(tool.PersonalData, d => d.StartsWith("Does not pass: ", StringComparison.Ordinal));
            Assert.Contains("passwords", excluded, StringComparison.Ordinal);
            Assert.Contains("identity documents", excluded, StringComparison.Ordinal);
            Assert.All(tool.Purposes, p => Assert.Equal(LegalBasis.LegitimateInterest, p.LegalBasis));
        }

        Assert.Empty(internalTools[0].Recipients);
        Assert.Equal([Recipients.SkypeForBusiness], internalTools[1].Recipients);
        Assert.Contains("preferred", internalTools[0].Purposes.Single().Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_reads_both_internal_tools_on_the_register_page()
    {
        var browser = await People.SignedInStaffAsync(portal, PortalRoles.Admin);

        var page = await browser.GetAsync("/admin/privacy/register");

        var sections = page.Document.QuerySelectorAll("section.activity").ToList();
        var skype = Assert.Single(sections, s => s.QuerySelector("h2")!.TextContent == "Internal communication in Skype for Business (2.9)");
        Assert.Contains("Skype for Business", skype.TextContent, StringComparison.Ordinal);
        Assert.Contains("Does not pass: passwords", skype.TextContent, StringComparison.Ordinal);
        Assert.Single(sections, s => s.QuerySelector("h2")!.TextContent == "Internal communication by e-mail (2.9)");
    }
}
