namespace RedIt.Portal.Features.Billing.Vat.Vies;

// "Vies" in appsettings: the European Commission's VIES REST API, which needs no account. With
// Simulate on (the Development default), an in-process copy of it answers instead.
public sealed class ViesOptions
{
    public const string Section = "Vies";

    public string BaseUrl { get; set; } = "https://ec.europa.eu/taxation_customs/vies/rest-api/";

    // RED-IT as the requester: VIES gives a consultation number only to a check that names the
    // requester's own VAT number. Either form will do ("NL859123456B01" or "859123456B01"); without
    // it no check is made, so none is ever kept without its consultation number.
    public string RequesterCountryCode { get; set; } = "NL";

    public string RequesterVatNumber { get; set; } = "";

    public int TimeoutSeconds { get; set; } = 10;

    public bool Simulate { get; set; }
}
