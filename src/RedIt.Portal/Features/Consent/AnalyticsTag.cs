namespace RedIt.Portal.Features.Consent;

// Where Google Analytics 4 loads from and reports to; the Content-Security-Policy allows these
// hosts only for visitors who accepted analytics cookies.
public static class AnalyticsTag
{
    public const string ScriptSources = "https://www.googletagmanager.com";

    public const string ConnectSources = "https://*.google-analytics.com https://*.analytics.google.com https://*.googletagmanager.com";

    public const string ImageSources = "https://*.google-analytics.com https://*.googletagmanager.com";

    public static string ScriptUrl(string measurementId) =>
        "https://www.googletagmanager.com/gtag/js?id=" + Uri.EscapeDataString(measurementId);
}
