using System.Globalization;
using System.Text.RegularExpressions;

namespace RedIt.Portal.Features.Customers;

// The countries customers live in, with the postcode shape the post office of each uses.
public static partial class Countries
{
    public static readonly IReadOnlyList<Country> All =
    [
        new("NL", "Netherlands", "Nederland", DutchPostcode(), "1234 AB"),
        new("BE", "Belgium", "België", FourDigits(), "1000"),
        new("DE", "Germany", "Duitsland", FiveDigits(), "10115"),
        new("LU", "Luxembourg", "Luxemburg", FourDigits(), "1234"),
        new("FR", "France", "Frankrijk", FiveDigits(), "75001"),
        new("AT", "Austria", "Oostenrijk", FourDigits(), "1010"),
        new("DK", "Denmark", "Denemarken", FourDigits(), "1050"),
        new("ES", "Spain", "Spanje", FiveDigits(), "28001"),
        new("IT", "Italy", "Italië", FiveDigits(), "00118"),
        new("GB", "United Kingdom", "Verenigd Koninkrijk", BritishPostcode(), "SW1A 1AA"),
    ];

    public static Country? Find(string? code) =>
        All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    // "1234ab" and "1234 AB" are the same Dutch postcode; SA, SD and SS are never issued.
    [GeneratedRegex(@"^[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DutchPostcode();

    [GeneratedRegex(@"^[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"^[0-9]{5}$", RegexOptions.CultureInvariant)]
    private static partial Regex FiveDigits();

    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex BritishPostcode();
}

public sealed record Country(string Code, string EnglishName, string DutchName, Regex Postcode, string PostcodeExample)
{
    public string DisplayName => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nl" ? DutchName : EnglishName;

    public bool IsValidPostcode(string postcode) => Postcode.IsMatch(NormalisePostcode(postcode));

    public string NormalisePostcode(string postcode)
    {
        var compact = postcode.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        return Code switch
        {
            "NL" when compact.Length == 6 => compact[..4] + " " + compact[4..],
            "GB" when compact.Length > 3 => compact[..^3] + " " + compact[^3..],
            _ => compact,
        };
    }
}
