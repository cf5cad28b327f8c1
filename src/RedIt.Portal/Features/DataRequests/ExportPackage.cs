using System.IO.Compression;
using System.Text;
using RedIt.Portal.Privacy;

namespace RedIt.Portal.Features.DataRequests;

// The same ZIP for the customer and for the admin answering an access request: JSON for
// machines (art. 20), HTML for people (art. 15).
public static class ExportPackage
{
    public const string ContentType = "application/zip";

    public static byte[] Zip(PersonalDataExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "data.json", export.ToJson());
            Add(zip, "data.html", export.ToHtml());
        }

        return buffer.ToArray();
    }

    public static string FileName(DateTime at) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"red-it-personal-data-{at:yyyy-MM-dd}.zip");

    private static void Add(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content);
        stream.Write(bytes);
    }
}
