using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace RedIt.Portal.Privacy;

public sealed class PersonalDataExport
{
    private static readonly JsonSerializerOptions _jsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },

        // Keeps accented names readable in the file while still escaping markup characters.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly HtmlEncoder _html = HtmlEncoder.Create(UnicodeRanges.All);

    public PersonalDataExport(Guid personId, DateTime generatedAt, IReadOnlyList<PersonalDataExportCategory> categories)
    {
        PersonId = personId;
        GeneratedAt = generatedAt;
        Categories = categories;
    }

    public Guid PersonId { get; }

    public DateTime GeneratedAt { get; }

    public IReadOnlyList<PersonalDataExportCategory> Categories { get; }

    public string ToJson() => JsonSerializer.Serialize(
        new
        {
            PersonId,
            GeneratedAt,
            Categories = Categories.Select(c => new
            {
                c.Category,
                c.Entity,
                Purposes = c.Purposes.Select(p => new { p.Name, LegalBasis = p.LegalBasis.Describe() }),
                Recipients = c.Recipients.Select(r => new { r.Name, r.Role, r.Country }),
                c.Retention,
                c.PersonalData,
                c.Rows,
            }),
        },
        _jsonOptions);

    public string ToHtml()
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\">");
        html.AppendLine("<head>");
        html.AppendLine("<meta charset=\"utf-8\">");
        html.AppendLine("<title>Your personal data at RED-IT</title>");
        html.AppendLine("</head>");
        html.AppendLine("<body>");
        html.AppendLine("<h1>Your personal data at RED-IT</h1>");
        html.Append("<p>Everything we hold about you, as of ").Append(Encode(GeneratedAt)).AppendLine(".</p>");
        if (Categories.Count == 0)
        {
            html.AppendLine("<p>We hold no personal data about you.</p>");
        }

        foreach (var category in Categories)
        {
            html.AppendLine("<section>");
            html.Append("<h2>").Append(Encode(category.Category)).Append(" (").Append(Encode(category.Entity)).AppendLine(")</h2>");
            html.AppendLine("<dl>");
            html.AppendLine("<dt>Purpose and legal basis</dt>");
            foreach (var purpose in category.Purposes)
            {
                html.Append("<dd>").Append(Encode(purpose.Name)).Append(": ").Append(Encode(purpose.LegalBasis.Describe())).AppendLine("</dd>");
            }

            html.AppendLine("<dt>Shared with</dt>");
            if (category.Recipients.Count == 0)
            {
                html.AppendLine("<dd>Nobody outside RED-IT.</dd>");
            }

            foreach (var recipient in category.Recipients)
            {
                html.Append("<dd>").Append(Encode(recipient.Name)).Append(": ").Append(Encode(recipient.Role))
                    .Append(" (").Append(Encode(recipient.Country)).AppendLine(")</dd>");
            }

            html.Append("<dt>How long we keep it</dt><dd>").Append(Encode(category.Retention)).AppendLine("</dd>");
            html.AppendLine("</dl>");
            html.AppendLine("<table border=\"1\" cellpadding=\"4\">");
            html.Append("<thead><tr>");
            foreach (var column in category.Columns)
            {
                html.Append("<th scope=\"col\">").Append(Encode(column)).Append("</th>");
            }

            html.AppendLine("</tr></thead>");
            html.AppendLine("<tbody>");
            foreach (var row in category.Rows)
            {
                html.Append("<tr>");
                foreach (var column in category.Columns)
                {
                    html.Append("<td>").Append(Encode(row.GetValueOrDefault(column))).Append("</td>");
                }

                html.AppendLine("</tr>");
            }

            html.AppendLine("</tbody>");
            html.AppendLine("</table>");
            html.AppendLine("</section>");
        }

        html.AppendLine("</body>");
        html.AppendLine("</html>");
        return html.ToString();
    }

    private static string Encode(object? value) => _html.Encode(value switch
    {
        null => "",
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
        bool flag => flag ? "yes" : "no",
        byte[] bytes => $"({bytes.Length} bytes)",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    });
}
