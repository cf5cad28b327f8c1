namespace RedIt.Portal.Features.Domains.Supplier;

// "Openprovider" in appsettings: the reseller account the portal registers domains with. With
// Simulate on (the Development default), an in-process copy of the API answers instead.
public sealed class OpenproviderOptions
{
    public const string Section = "Openprovider";

    public string BaseUrl { get; set; } = "https://api.openprovider.eu/v1beta/";

    public string Username { get; set; } = "";

    public string Password { get; set; } = "";

    public int TimeoutSeconds { get; set; } = 10;

    public bool Simulate { get; set; }
}
