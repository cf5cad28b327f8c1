namespace RedIt.Portal.Features.Billing.Payments.MultiSafepay;

// "MultiSafepay" in appsettings: the website's API key from MultiSafepay's dashboard and the API it
// belongs to. A test account's key only works against TestBaseUrl, a live key only against LiveBaseUrl.
public sealed class MultiSafepayOptions
{
    public const string Section = "MultiSafepay";

    public const string LiveBaseUrl = "https://api.multisafepay.com/v1/json/";

    public const string TestBaseUrl = "https://testapi.multisafepay.com/v1/json/";

    public string BaseUrl { get; set; } = LiveBaseUrl;

    public string ApiKey { get; set; } = "";

    public int TimeoutSeconds { get; set; } = 20;

    // MultiSafepay's own SDK refuses a notification signed more than ten minutes ago; a notification
    // it retries later carries a new timestamp, so a longer window only helps a replay.
    public int NotificationMaxAgeSeconds { get; set; } = 600;
}
