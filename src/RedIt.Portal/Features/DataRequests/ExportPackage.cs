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

    // The HTML is written in the person's language (culture "nl" or "en"). Files (attachments)
    // go in as themselves, and the listing names each file's path where its row held the content.
    public static byte[] Zip(PersonalDataExport export, IStringLocalizer text, string culture, IReadOnlyList<ExportFile>? files = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(export);
        files ??= [];
        var listed = Referring(export, files);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "data.json", listed.ToJson());
            Add(zip, "data.html", InCulture.Run(culture, () => listed.ToHtml(RedItProcessingRegister.Controller, (phrase, values) => text[phrase, values].Value, culture)));
            foreach (var file in files)
            {
                var entry = zip.CreateEntry(file.Path, CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(file.Content);
            }
        }

        return buffer.ToArray();
    }

    public static string FileName(DateTime at) =>
        string.Create(CultureInfo.InvariantCulture, $"red-it-personal-data-{at:yyyy-MM-dd}.zip");


    // The stored value of a file's column is ciphertext, of no use to the person: its path instead.
    private static PersonalDataExport Referring(PersonalDataExport export, IReadOnlyList<ExportFile> files)
    {
        if (files.Count == 0)
        {
            return export;
        }

        var paths = files.ToDictionary(f => (f.Entity, f.RowId), f => f);
        var categories = export.Categories.Select(category => category with
        {
            Rows = category.Rows.Select(row =>
            {
                if (row.GetValueOrDefault("Id") is not Guid id || !paths.TryGetValue((category.Entity, id), out var file))
                {
                    return row;
                }

                var copy = row.ToDictionary(StringComparer.Ordinal);
                copy[file.Column] = file.Path;
                return (IReadOnlyDictionary<string, object?>)copy;
            }).ToList(),
        }).ToList();
        return new PersonalDataExport(export.PersonId, export.GeneratedAt, categories) { Holds = export.Holds };
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content);
        stream.Write(bytes);
    }
}
