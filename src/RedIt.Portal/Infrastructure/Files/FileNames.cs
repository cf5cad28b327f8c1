using System.Globalization;
using System.Text;

namespace RedIt.Portal.Infrastructure.Files;

// A name a sender gave a file, made safe to store and to offer as a download name: no folders
// (of either kind of slash), no control or invisible formatting characters (a right-to-left
// override makes "gpj.exe" read as "exe.jpg"), no leading dots, and not too long.
public static class FileNames
{
    public const int MaxLength = 255;

    public static string Clean(string? name, string fallback = "file", int maxLength = MaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 8);
        var last = (name ?? "").Replace('\\', '/').Split('/').LastOrDefault() ?? "";
        var kept = new StringBuilder(last.Length);
        foreach (var c in last.Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsControl(c) || category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            // Characters Windows refuses in a name: a download should save as it is named.
            kept.Append(c is ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }

        var cleaned = kept.ToString().Trim().TrimStart('.').Trim();
        if (cleaned.Length == 0)
        {
            return fallback;
        }

        return cleaned.Length <= maxLength ? cleaned : Shorten(cleaned, maxLength);
    }

    // Keeps the extension, so a long name still opens with the right program.
    private static string Shorten(string name, int maxLength)
    {
        var extension = Path.GetExtension(name);
        if (extension.Length is 0 or > 10)
        {
            return Cut(name, maxLength);
        }

        return Cut(name[..^extension.Length], maxLength - extension.Length) + extension;
    }

    // Never between the two halves of a surrogate pair.
    private static string Cut(string text, int length) =>
        char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
}
