using System.Text.Encodings.Web;
using RedIt.Portal.Features.Support.Incoming;

namespace RedIt.Portal.Features.Support;

// A message as the desk and My tickets show it: an HTML mail formatted (as MailHtml left it),
// unless the reader asked for the plain text with ?view=text; everything else as its text.
public sealed record MessageBodyView(string Body, string? Html, bool PlainText)
{
    public const string TextView = "text";

    public bool ShowsHtml => Html is not null && !PlainText;

    public static bool WantsText(string? view) => string.Equals(view, TextView, StringComparison.OrdinalIgnoreCase);

    // The stored markup is sanitised already; only the note about a removed image is translated.
    public string SafeHtml(string imageNote) =>
        (Html ?? "").Replace(MailHtml.ImageNote, $"<span class=\"image-not-loaded\">{HtmlEncoder.Default.Encode(imageNote)}</span>", StringComparison.Ordinal);

    // This page with the other view and every other parameter (a chosen standard reply) kept.
    public static string Switch(HttpRequest request, bool toText)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query
            .Where(p => !string.Equals(p.Key, "view", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(value => new KeyValuePair<string, string?>(p.Key, value)));
        if (toText)
        {
            query = query.Append(new KeyValuePair<string, string?>("view", TextView));
        }

        return request.PathBase.Add(request.Path).Add(QueryString.Create(query));
    }
}
