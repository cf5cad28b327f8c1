namespace RedIt.Portal.Features.Billing;

// "Billing" in appsettings: who issues the invoices and the terms they carry. The seller's details
// are printed on every invoice (art. 35a Wet OB), so they are set for production, not guessed.
public sealed class BillingOptions
{
    public const string Section = "Billing";

    public SellerDetails Seller { get; set; } = new();

    // Days after the invoice date the customer has to pay.
    public int PaymentTermDays { get; set; } = 14;

    // Checks VIES could not answer are tried again on this schedule (Quartz cron, UTC).
    public bool VatCheckRetryEnabled { get; set; } = true;

    public string VatCheckRetryCron { get; set; } = "0 */15 * * * ?";
}

public sealed class SellerDetails
{
    public string Name { get; set; } = "RED-IT B.V.";

    public string Street { get; set; } = "Stationsplein";

    public string HouseNumber { get; set; } = "45";

    public string PostalCode { get; set; } = "3013 AK";

    public string City { get; set; } = "Rotterdam";

    public string CountryCode { get; set; } = "NL";

    public string VatNumber { get; set; } = "NL859123456B01";

    public string KvkNumber { get; set; } = "24123456";

    public string Iban { get; set; } = "NL91ABNA0417164300";

    public string Bic { get; set; } = "ABNANL2A";

    public string Email { get; set; } = "facturen@red-it.nl";
}
