using PdfSharp.Fonts;

namespace RedIt.Portal.Features.Billing.Pdf;

// PDFsharp's core build knows no fonts on Linux; invoices embed DejaVu Sans from Debian's
// fonts-dejavu-core, which has the euro sign and every letter of a European name.
internal sealed class DejaVuFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";
    public const string DefaultDirectory = "/usr/share/fonts/truetype/dejavu";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly Lock _gate = new();
    private static DejaVuFontResolver? _installed;

    private readonly string _directory;
    private readonly Dictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private DejaVuFontResolver(string directory) => _directory = directory;

    // The resolver is process-wide and PDFsharp refuses to change it once a font was used, so it
    // is set once, here, under a lock; a resolver someone else set first is kept, with this one
    // behind it as the fallback for the family it does not know.
    public static void EnsureInstalled(string directory)
    {
        EnsureFilesExist(directory);
        lock (_gate)
        {
            if (_installed is not null)
            {
                return;
            }

            var resolver = new DejaVuFontResolver(directory);
            try
            {
                if (GlobalFontSettings.FontResolver is null or DejaVuFontResolver)
                {
                    GlobalFontSettings.FontResolver = resolver;
                }
                else if (GlobalFontSettings.FallbackFontResolver is null)
                {
                    GlobalFontSettings.FallbackFontResolver = resolver;
                }
            }
            catch (InvalidOperationException)
            {
                // Another part of the process already drew text with its own resolver; PDFsharp
                // keeps that one, and asks it for DejaVu Sans too.
            }

            _installed = resolver;
        }
    }

    public static void EnsureFilesExist(string directory)
    {
        foreach (var face in new[] { RegularFace, BoldFace })
        {
            var path = PathOf(directory, face);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"The font {path} is missing, so no invoice PDF can be made. Install the Debian package fonts-dejavu-core (apt-get install fonts-dejavu-core).");
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, FamilyName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new FontResolverInfo(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);
    }

    public byte[]? GetFont(string faceName)
    {
        if (faceName is not (RegularFace or BoldFace))
        {
            return null;
        }

        lock (_faces)
        {
            if (!_faces.TryGetValue(faceName, out var bytes))
            {
                bytes = File.ReadAllBytes(PathOf(_directory, faceName));
                _faces[faceName] = bytes;
            }

            return bytes;
        }
    }

    private static string PathOf(string directory, string face) => Path.Combine(directory, face + ".ttf");
}
