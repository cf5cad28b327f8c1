using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Consent;

#pragma warning disable CA1711 // xunit calls these collections.

// A portal with Google Analytics configured, on a database of its own: its cookie banner and
// the policy versions published here stay out of every other test's pages.
public sealed class AnalyticsPortalFactory : PortalFactory
{
    public const string MeasurementId = "G-TEST12345";

    public AnalyticsPortalFactory()
    {
        With("Analytics:GoogleMeasurementId", MeasurementId);
    }
}

[CollectionDefinition(Name)]
public sealed class AnalyticsCollectionDefinition : ICollectionFixture<AnalyticsPortalFactory>
{
    public const string Name = "portal with analytics";
}
