namespace RedIt.Portal.Features.ErrorReports;

// "ErrorReporting" in appsettings: where error and failed sign-in reports go (2.10). Any service
// that speaks the Sentry protocol will do (Sentry itself, GlitchTip). Off while the DSN is empty.
public sealed class ErrorReportingOptions
{
    public const string Section = "ErrorReporting";

    public string Dsn { get; set; } = "";

    // Empty: the host's environment name (Production, Staging, ...).
    public string Environment { get; set; } = "";

    // Empty: the portal assembly's informational version.
    public string Release { get; set; } = "";

    public bool Enabled => !string.IsNullOrWhiteSpace(Dsn);
}
