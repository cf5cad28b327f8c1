using Microsoft.Extensions.DependencyInjection;
using RedIt.Portal.Features.Customers;
using RedIt.Portal.Privacy;
using RedIt.Portal.Tests.Infrastructure;
using RedIt.Privacy;

namespace RedIt.Portal.Tests.Privacy;

// What keeps the privacy policy and the code from drifting apart.
[Collection(PortalCollectionDefinition.Name)]
[Trait("Policy", "6")]
public sealed class PrivacyRulesTests(PortalFactory portal)
{
    [Fact]
    public void Every_entity_and_every_text_column_is_declared_and_everything_about_a_customer_is_exported()
    {
        var catalog = portal.Services.GetRequiredService<PrivacyCatalog>();
        var problems = PrivacyModelAudit.FindProblems(catalog.Model, typeof(Customer));
        Assert.True(problems.Count == 0, "Privacy rules are missing or wrong:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void The_register_of_processing_activities_is_the_approved_one()
    {
        var catalog = portal.Services.GetRequiredService<PrivacyCatalog>();
        Approvals.Verify("ProcessingRegister", RedItProcessingRegister.Build(catalog).ToMarkdown());
    }
}
