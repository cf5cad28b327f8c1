using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Privacy;
using RedIt.Privacy;

namespace RedIt.Portal.Features.DataRequests;

// The same ZIP for the customer and for the admin answering an access request: JSON for
// machines (art. 20), HTML for people (art. 15).
public static class ExportPackage
{
    public const string ContentType = "application/zip";

    // The HTML is written in the person's language (culture "nl" or "en").
    public static byte[] Zip(PersonalDataExport export, IStringLocalizer text, string culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(export);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "data.json", export.ToJson());
            Add(zip, "data.html", InCulture.Run(culture, () => export.ToHtml(RedItProcessingRegister.Controller, (phrase, values) => text[phrase, values].Value, culture)));
        }

        return buffer.ToArray();
    }

    public static string FileName(DateTime at) =>
        string.Create(CultureInfo.InvariantCulture, $"red-it-personal-data-{at:yyyy-MM-dd}.zip");


    private static void Add(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content);
        stream.Write(bytes);
    }
}
