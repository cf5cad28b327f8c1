namespace RedIt.Portal.Features.Consent;

public sealed class AnalyticsOptions
{
    public const string Section = "Analytics";

    // Empty: Google Analytics is off, and the portal neither renders its tag nor asks about its cookies.
    public string GoogleMeasurementId { get; set; } = "";

    public bool Enabled => !string.IsNullOrWhiteSpace(GoogleMeasurementId);
}
