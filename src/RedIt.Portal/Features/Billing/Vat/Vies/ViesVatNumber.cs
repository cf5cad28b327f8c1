using System.Collections.Frozen;

namespace RedIt.Portal.Features.Billing.Vat.Vies;

// A VAT number as VIES asks for it: the member state's code and the national part without that
// prefix, in capitals, without the spaces, dots and dashes people type ("nl 1234.56.789.B01" is
// NL 123456789B01). VIES knows Greece as EL, not by its ISO code GR, and Northern Ireland as XI.
public sealed record ViesVatNumber(string CountryCode, string Number)
{
    private static readonly FrozenSet<string> MemberStates = FrozenSet.Create(StringComparer.Ordinal,
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
        "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI");

    // A French national part is 11 characters and its first two, the check key, may be letters:
    // "FR" at the start of an 11-character French number is that key, not a prefix.
    private const int FrenchNationalLength = 11;

    public static ViesVatNumber Parse(string countryCode, string vatNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(countryCode);
        ArgumentNullException.ThrowIfNull(vatNumber);
        var country = countryCode.Trim().ToUpperInvariant();
        if (country == "GR")
        {
            country = "EL";
        }

        if (!MemberStates.Contains(country))
        {
            throw new ArgumentException($"VIES checks no VAT numbers of country {country}.", nameof(countryCode));
        }

        var number = string.Concat(vatNumber.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();
        var prefixed = number.StartsWith(country, StringComparison.Ordinal) || (country == "EL" && number.StartsWith("GR", StringComparison.Ordinal));
        if (prefixed && !(country == "FR" && number.Length == FrenchNationalLength))
        {
            number = number[2..];
        }

        return number.Length > 0 ? new ViesVatNumber(country, number) : throw new ArgumentException("The VAT number is empty.", nameof(vatNumber));
    }
}
