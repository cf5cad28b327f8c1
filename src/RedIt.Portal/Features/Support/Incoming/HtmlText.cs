using System.Text;
using MimeKit.Text;

namespace RedIt.Portal.Features.Support.Incoming;

// The text of an HTML mail without any of its markup: tags go, scripts and styles go with their
// content, entities become characters, and block elements become line breaks.
public static class HtmlText
{
    private static readonly HashSet<HtmlTagId> _breaks =
    [
        HtmlTagId.Br, HtmlTagId.P, HtmlTagId.Div, HtmlTagId.TR, HtmlTagId.LI, HtmlTagId.H1, HtmlTagId.H2,
        HtmlTagId.H3, HtmlTagId.H4, HtmlTagId.H5, HtmlTagId.H6, HtmlTagId.BlockQuote, HtmlTagId.Table,
    ];

    public static string Of(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new StringBuilder();
        var hidden = 0;
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader);
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when tag.Id is HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Head:
                    hidden = Math.Max(0, hidden + (tag.IsEndTag ? -1 : tag.IsEmptyElement ? 0 : 1));
                    break;
                case HtmlTagToken tag when _breaks.Contains(tag.Id):
                    text.Append('\n');
                    break;
                case HtmlDataToken data when hidden == 0:
                    text.Append(data.Data);
                    break;
            }
        }

        return string.Join('\n', text.ToString().Split('\n').Select(line => line.Trim()))
            .Replace("\n\n\n", "\n\n", StringComparison.Ordinal)
            .Trim();
    }
}
