using System.Text.RegularExpressions;

namespace RedIt.Portal.Features.Customers.Validation;

public static partial class BusinessNumbers
{
    // People type these with spaces and dots; the stored form has neither.
    public static string Compact(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
    }

    public static bool IsKvkNumber(string value) => KvkPattern().IsMatch(Compact(value));

    public static bool IsVatNumber(string value)
    {
        var vat = Compact(value);
        return vat.StartsWith("NL", StringComparison.Ordinal) ? DutchVatPattern().IsMatch(vat) : EuVatPattern().IsMatch(vat);
    }

    [GeneratedRegex("^[0-9]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex KvkPattern();

    [GeneratedRegex("^NL[0-9]{9}B[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DutchVatPattern();

    [GeneratedRegex("^[A-Z]{2}[0-9A-Z]{2,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex EuVatPattern();
}
