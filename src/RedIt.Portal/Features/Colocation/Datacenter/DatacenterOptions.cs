namespace RedIt.Portal.Features.Colocation.Datacenter;

// "Datacenter" in appsettings: RED-IT's account with the datacenter provider (Equinix), whose
// work-visit orders let the customers' visitors in. With Simulate on (the Development default) an
// in-process copy of the API answers instead.
public sealed class DatacenterOptions
{
    public const string Section = "Datacenter";

    public string BaseUrl { get; set; } = "https://api.equinix.com/";

    // OAuth2 client credentials from the provider's developer console.
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    // The cage RED-IT rents, in the provider's terms (e.g. "AM1:01:000123"); a visit's rack is a
    // cabinet in it.
    public string Cage { get; set; } = "";

    // The billing account the visits are ordered on, where the provider asks for one.
    public string AccountNumber { get; set; } = "";

    // The company the visitors come for, which the provider asks for every visitor: RED-IT,
    // whose cage it is, never the customer's own name.
    public string VisitorCompany { get; set; } = "RED-IT";

    public int TimeoutSeconds { get; set; } = 15;

    public bool Simulate { get; set; }

    // Off only where a test sends itself.
    public bool WorkerEnabled { get; set; } = true;

    // After this many failed attempts a visit stops and Support sees why.
    public int MaxAttempts { get; set; } = 12;
}
