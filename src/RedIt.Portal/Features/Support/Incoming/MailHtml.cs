using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace RedIt.Portal.Features.Support.Incoming;

// An HTML mail made safe to show on a portal page: what is left formats text and nothing more.
// Nothing in it may run, submit, frame or load: a remote image or CSS url() would tell the sender
// when and where staff read the mail (a tracking pixel), and a script would act as them.
public static partial class MailHtml
{
    // What replaces an image the page must not load; the page shows it in the reader's language.
    public const string ImageNote = "<span class=\"image-not-loaded\">(image not loaded)</span>";

    private static readonly string[] _schemes = ["http", "https", "mailto"];

    // Dropped with their content: what they hold is code, styling or a form, never text to read.
    private static readonly HashSet<string> _dropWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "title", "template", "noscript", "iframe", "frame", "frameset", "object",
        "embed", "applet", "svg", "math", "form", "select", "textarea", "button", "audio", "video", "canvas",
    };

    private static readonly HtmlSanitizer _sanitizer = Create();

    // Null for a mail whose markup leaves nothing to show, or more than can be stored.
    public static string? Sanitize(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var safe = _sanitizer.Sanitize(html).Trim();
        return safe.Length == 0 || safe.Length > MaxLength ? null : safe;
    }

    public const int MaxLength = 200_000;

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        sanitizer.AllowedTags.UnionWith(
        [
            "p", "br", "div", "span", "b", "strong", "i", "em", "u", "s", "strike", "del", "ins", "sub", "sup", "small",
            "big", "mark", "code", "pre", "tt", "kbd", "q", "cite", "abbr", "font", "center", "hr",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
            "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img",
        ]);
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.UnionWith(["href", "title", "alt", "src", "colspan", "rowspan", "dir", "lang"]);
        // No style at all: the portal's Content-Security-Policy refuses inline styles anyway, and
        // without them no background url() or @import can load anything.
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowedClasses.Clear();
        sanitizer.AllowDataAttributes = false;
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(_schemes);
        // Formatting tags we do not know (Outlook's <o:p>, a wrapper) go, their text stays.
        sanitizer.KeepChildNodes = true;

        sanitizer.RemovingTag += (_, e) =>
        {
            if (_dropWithContent.Contains(e.Tag.LocalName))
            {
                e.Tag.Remove();
                e.Cancel = true;
            }
        };
        sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = e.Tag is IHtmlImageElement
            ? (EmbeddedImage().IsMatch(e.OriginalUrl) ? e.OriginalUrl : null)
            : (IsAllowedLink(e.SanitizedUrl) ? e.SanitizedUrl : null);
        sanitizer.PostProcessDom += (_, e) =>
        {
            foreach (var image in e.Document.QuerySelectorAll("img").ToList())
            {
                if (!image.HasAttribute("src"))
                {
                    var note = e.Document.CreateElement("span");
                    note.ClassName = "image-not-loaded";
                    note.TextContent = "(image not loaded)";
                    image.Replace(note);
                }
            }

            foreach (var link in e.Document.QuerySelectorAll("a[href]"))
            {
                link.SetAttribute("rel", "noopener noreferrer nofollow");
                link.SetAttribute("target", "_blank");
            }
        };
        return sanitizer;
    }

    // Absolute only: a relative link would point into the portal itself.
    private static bool IsAllowedLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && _schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);

    // An image carried in the mail itself loads nothing from anywhere. SVG is left out: it is a
    // document of its own rather than a picture.
    [GeneratedRegex(@"^\s*data:image/(png|jpeg|jpg|gif|webp);base64,[A-Za-z0-9+/=\s]+$", RegexOptions.IgnoreCase)]
    private static partial Regex EmbeddedImage();
}
