namespace RedIt.Portal.Features.Billing.Vat;

// One way to write a VAT number, so a check and an invoice compare the same text: the number
// without its country prefix, in capitals, without spaces, dots or dashes ("nl 8591.23.456.b01"
// for NL becomes "859123456B01"). Greece's prefix is "EL", though its country code is "GR".
public static class VatNumbers
{
    public static string Normalise(string countryCode, string vatNumber)
    {
        ArgumentNullException.ThrowIfNull(countryCode);
        ArgumentNullException.ThrowIfNull(vatNumber);
        var compact = new string(vatNumber.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        var prefix = Prefix(countryCode);
        return compact.StartsWith(prefix, StringComparison.Ordinal) ? compact[prefix.Length..] : compact;
    }

    // The code VIES and VAT numbers use for a country.
    public static string Prefix(string countryCode) =>
        string.Equals(countryCode, "GR", StringComparison.OrdinalIgnoreCase) ? "EL" : countryCode.ToUpperInvariant();
}
