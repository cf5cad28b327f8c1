using PdfSharp.Fonts;

namespace RedIt.Portal.Infrastructure.Pdf;

// The portal's one PDFsharp font resolver: PDFsharp's core build knows no fonts on Linux, and its
// resolver is process-wide and cannot change once a font was used, so every PDF the portal makes
// asks this one. Invoices embed DejaVu Sans from Debian's fonts-dejavu-core, which has the euro
// sign and every letter of a European name; the recovery watermark uses the font PDFsharp bundles,
// so it works without any font installed.
internal sealed class PortalFonts : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";
    public const string WatermarkFamily = "RedItWatermark";
    public const string DefaultDirectory = "/usr/share/fonts/truetype/dejavu";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private const string WatermarkFace = "SegoeWP";
    private const string WatermarkBoldFace = "SegoeWPSemibold";

    private static readonly Lock _gate = new();
    private static PortalFonts? _installed;

    private readonly string _directory;
    private readonly Dictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private PortalFonts(string directory) => _directory = directory;

    // Set once, here, under a lock; a resolver someone else set first is kept, with this one
    // behind it as the fallback for the families it does not know.
    public static void EnsureInstalled(string directory = DefaultDirectory)
    {
        lock (_gate)
        {
            if (_installed is not null)
            {
                return;
            }

            var resolver = new PortalFonts(directory);
            try
            {
                if (GlobalFontSettings.FontResolver is null or PortalFonts)
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
        if (string.Equals(familyName, WatermarkFamily, StringComparison.Ordinal))
        {
            return new FontResolverInfo(bold ? WatermarkBoldFace : WatermarkFace);
        }

        if (!string.Equals(familyName, FamilyName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new FontResolverInfo(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);
    }

    public byte[]? GetFont(string faceName)
    {
        if (faceName is WatermarkFace or WatermarkBoldFace)
        {
            return faceName == WatermarkBoldFace ? PdfSharp.WPFonts.FontDataHelper.SegoeWPSemibold : PdfSharp.WPFonts.FontDataHelper.SegoeWP;
        }

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
