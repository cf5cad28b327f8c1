using Microsoft.EntityFrameworkCore;
using RedIt.Privacy.Tests.Toy;

namespace RedIt.Privacy.Tests;

// EF.IsDesignTime is process-wide, so this runs alone.
[Collection(nameof(DesignTimeTests))]
public class DesignTimeTests
{
    [Fact]
    [Trait("Policy", "6")]
    public void Design_time_tools_see_no_privacy_annotations_so_migration_snapshots_stay_clean()
    {
        var before = EF.IsDesignTime;
        try
        {
            EF.IsDesignTime = true;
            var designTime = Build();
            EF.IsDesignTime = false;
            var runTime = Build();

            Assert.Null(designTime.FindEntityType(typeof(Invoice))!.FindAnnotation(PrivacyAnnotations.Rule));
            Assert.Null(designTime.FindEntityType(typeof(Setting))!.FindAnnotation(PrivacyAnnotations.NoPersonalData));
            Assert.IsType<PrivacyRule>(runTime.FindEntityType(typeof(Invoice))!.FindAnnotation(PrivacyAnnotations.Rule)!.Value);
            Assert.IsType<NoPersonalDataDeclaration>(runTime.FindEntityType(typeof(Setting))!.FindAnnotation(PrivacyAnnotations.NoPersonalData)!.Value);
        }
        finally
        {
            EF.IsDesignTime = before;
        }
    }

    private static Microsoft.EntityFrameworkCore.Metadata.IMutableModel Build()
    {
        var modelBuilder = new ModelBuilder();
        modelBuilder.Entity<Invoice>().Ignore(i => i.Customer).Ignore(i => i.Notes).Privacy(rules => rules
            .Subject(i => i.CustomerId)
            .PersonalData(i => i.BillingName)
            .Purpose("Billing", LegalBasis.LegalObligation));
        modelBuilder.Entity<Setting>().NoPersonalData(because: "Configuration");
        return modelBuilder.Model;
    }
}
