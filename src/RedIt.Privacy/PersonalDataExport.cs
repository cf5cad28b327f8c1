using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace RedIt.Privacy;

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

    // Records of the person kept past their retention period, or through an erasure, by a legal hold.
    public IReadOnlyList<PersonalDataExportHold> Holds { get; init; } = [];

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
                Retention = c.Retention.Text(),
                c.PersonalData,
                c.Rows,
            }),
            LegalHolds = Holds.Select(h => new { h.Category, h.Entity, Record = h.RowKey, h.Reason, h.Since, h.Until }),
        },
        _jsonOptions);

    // The page is for the person, so its wording comes in their language: `text` translates each
    // fixed phrase (with {0} placeholders filled in) and whatever the rules say; English without it.
    // The controller is who holds the data (GDPR art. 4(7)), named on the page.
    public string ToHtml(string controller, Func<string, object[], string>? text = null, string language = "en")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(controller);
        var say = text ?? RetentionStatement.English;
        string T(string phrase, params object[] values) => say(phrase, values);
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.Append("<html lang=\"").Append(Encode(language)).AppendLine("\">");
        html.AppendLine("<head>");
        html.AppendLine("<meta charset=\"utf-8\">");
        html.Append("<title>").Append(Encode(T("Your personal data at {0}", controller))).AppendLine("</title>");
        html.AppendLine("</head>");
        html.AppendLine("<body>");
        html.Append("<h1>").Append(Encode(T("Your personal data at {0}", controller))).AppendLine("</h1>");
        html.Append("<p>").Append(Encode(T("Everything we hold about you, as of {0}.", Encode(GeneratedAt)))).AppendLine("</p>");
        if (Categories.Count == 0)
        {
            html.Append("<p>").Append(Encode(T("We hold no personal data about you."))).AppendLine("</p>");
        }

        foreach (var category in Categories)
        {
            html.AppendLine("<section>");
            html.Append("<h2>").Append(Encode(T(category.Category))).Append(" (").Append(Encode(category.Entity)).AppendLine(")</h2>");
            html.AppendLine("<dl>");
            html.Append("<dt>").Append(Encode(T("Purpose and legal basis"))).AppendLine("</dt>");
            foreach (var purpose in category.Purposes)
            {
                html.Append("<dd>").Append(Encode(T(purpose.Name))).Append(": ").Append(Encode(T(purpose.LegalBasis.Describe()))).AppendLine("</dd>");
            }

            html.Append("<dt>").Append(Encode(T("Shared with"))).AppendLine("</dt>");
            if (category.Recipients.Count == 0)
            {
                html.Append("<dd>").Append(Encode(T("Nobody outside {0}.", controller))).AppendLine("</dd>");
            }

            foreach (var recipient in category.Recipients)
            {
                html.Append("<dd>").Append(Encode(recipient.Name)).Append(": ").Append(Encode(T(recipient.Role)))
                    .Append(" (").Append(Encode(T(recipient.Country))).AppendLine(")</dd>");
            }

            html.Append("<dt>").Append(Encode(T("How long we keep it"))).Append("</dt><dd>").Append(Encode(category.Retention.Text(say))).AppendLine("</dd>");
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
                    var value = row.GetValueOrDefault(column);
                    html.Append("<td>").Append(Encode(value is bool flag ? T(flag ? "Yes" : "No") : value)).Append("</td>");
                }

                html.AppendLine("</tr>");
            }

            html.AppendLine("</tbody>");
            html.AppendLine("</table>");
            html.AppendLine("</section>");
        }

        if (Holds.Count > 0)
        {
            html.AppendLine("<section class=\"legal-holds\">");
            html.Append("<h2>").Append(Encode(T("Records kept under a legal hold"))).AppendLine("</h2>");
            html.Append("<p>").Append(Encode(T("These records are kept, even past their retention period or an erasure, because of a dispute or an authority's request, until the hold ends."))).AppendLine("</p>");
            html.AppendLine("<table border=\"1\" cellpadding=\"4\">");
            html.Append("<thead><tr>");
            foreach (var heading in new[] { "Kind of record", "Record", "Reason", "Since", "Until" })
            {
                html.Append("<th scope=\"col\">").Append(Encode(T(heading))).Append("</th>");
            }

            html.AppendLine("</tr></thead>");
            html.AppendLine("<tbody>");
            foreach (var hold in Holds)
            {
                html.Append("<tr><td>").Append(Encode(T(hold.Category))).Append(" (").Append(Encode(hold.Entity)).Append(")</td>")
                    .Append("<td>").Append(Encode(hold.RowKey)).Append("</td>")
                    .Append("<td>").Append(Encode(hold.Reason)).Append("</td>")
                    .Append("<td>").Append(Encode(hold.Since)).Append("</td>")
                    .Append("<td>").Append(hold.Until is { } until ? Encode(until) : Encode(T("Until it is lifted"))).AppendLine("</td></tr>");
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
