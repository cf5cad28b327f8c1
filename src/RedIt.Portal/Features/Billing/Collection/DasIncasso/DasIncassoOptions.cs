namespace RedIt.Portal.Features.Billing.Collection.DasIncasso;

// "DasIncasso" in appsettings: the address and key of DAS Incasso's claim intake that RED-IT's
// contract gives. With Simulate on (the Development default), an in-process copy answers.
public sealed class DasIncassoOptions
{
    public const string Section = "DasIncasso";

    // Empty until set: there is no public address, and a claim is never sent to a guessed one.
    public string BaseUrl { get; set; } = "";

    public string ApiKey { get; set; } = "";

    public int TimeoutSeconds { get; set; } = 20;

    public bool Simulate { get; set; }

    public bool IsConfigured => Simulate || (!string.IsNullOrWhiteSpace(BaseUrl) && !string.IsNullOrWhiteSpace(ApiKey));
}
