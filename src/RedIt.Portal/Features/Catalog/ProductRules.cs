using System.Text.RegularExpressions;

namespace RedIt.Portal.Features.Catalog;

public static partial class ProductRules
{
    // "nl", ".NL " and "co.uk" become "nl" and "co.uk"; anything that is no extension becomes null.
    public static string? NormalTld(string? tld)
    {
        var trimmed = tld?.Trim().TrimStart('.').ToLowerInvariant();
        return trimmed is { Length: > 0 and <= 63 } && Tld().IsMatch(trimmed) ? trimmed : null;
    }

    // The product's name in the reader's language: Dutch for "nl", English for everything else.
    public static string NameIn(this Product product, string culture)
    {
        ArgumentNullException.ThrowIfNull(product);
        return culture.StartsWith("nl", StringComparison.OrdinalIgnoreCase) ? product.NameNl : product.NameEn;
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Tld();
}
