using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using RedIt.Portal.Infrastructure.Localization;

namespace RedIt.Portal.Infrastructure.Email;

// Every portal e-mail has the same plain shape: greeting, a few paragraphs, at most one action
// link, a signature. Text and HTML are written from the same parts so they always agree.
public sealed class MailComposer(IStringLocalizer<SharedResource> text)
{
    // Arguments fill the {0}, {1} ... of the subject and the paragraphs, for numbers that live in
    // code (such as the lockout rules) rather than in the translated text.
    public OutgoingMail Compose(MailRecipient to, string subject, IEnumerable<string> paragraphs, MailAction? action = null, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(arguments);
        string Text(string key) => arguments.Length == 0 ? text[key].Value : text[key, arguments].Value;
        return InCulture.Run(to.Culture, () => Build(to, Text(subject), paragraphs.Select(Text).ToList(), action));
    }

    // For words a person wrote (a reply on the desk): the subject and paragraphs are used as they
    // are, never looked up or formatted, so braces in them are just braces.
    public OutgoingMail ComposeWritten(MailRecipient to, string subject, IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(to);
        return InCulture.Run(to.Culture, () => Build(to, subject, paragraphs.ToList(), null));
    }

    private OutgoingMail Build(MailRecipient to, string subject, List<string> body, MailAction? action)
    {
        var greeting = string.Format(CultureInfo.CurrentCulture, text["Dear {0},"], to.Name);
        var signature = text["Kind regards,"] + "\n" + text["RED-IT customer service"];

        var plain = new StringBuilder().AppendLine(greeting).AppendLine();
        var html = new StringBuilder("<!doctype html><html><body style=\"font-family:sans-serif;line-height:1.5\">")
            .Append("<p>").Append(Encode(greeting)).Append("</p>");
        foreach (var paragraph in body)
        {
            plain.AppendLine(paragraph).AppendLine();
            html.Append("<p>").Append(Encode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }

        if (action is not null)
        {
            var label = text[action.Label].Value;
            plain.AppendLine(label + ": " + action.Url).AppendLine();
            html.Append("<p><a href=\"").Append(Encode(action.Url)).Append("\" style=\"background:#b00020;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px\">")
                .Append(Encode(label)).Append("</a></p><p style=\"font-size:small\">")
                .Append(Encode(text["If the button does not work, copy this address into your browser:"])).Append("<br>")
                .Append(Encode(action.Url)).Append("</p>");
        }

        plain.Append(signature);
        html.Append("<p>").Append(Encode(signature).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p></body></html>");
        return new OutgoingMail(to.Address, to.Name, subject, plain.ToString(), html.ToString());
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}

public sealed record MailRecipient(string Address, string Name, string Culture);

public sealed record MailAction(string Label, string Url);
