namespace RedIt.Portal.Features.Certificates.Supplier;

// "Xolphin" in appsettings: the reseller account DV and OV certificates are ordered with. With
// Simulate on (the Development default), an in-process copy of the API answers instead.
public sealed class XolphinOptions
{
    public const string Section = "Xolphin";

    public string BaseUrl { get; set; } = "https://api.xolphin.com/v1/";

    public string Username { get; set; } = "";

    public string Password { get; set; } = "";

    // Xolphin's product ids of the certificates the portal sells (GET /products lists them).
    public int DomainValidatedProduct { get; set; } = 18;

    public int OrganisationValidatedProduct { get; set; } = 24;

    public int TimeoutSeconds { get; set; } = 20;

    public bool Simulate { get; set; }
}
