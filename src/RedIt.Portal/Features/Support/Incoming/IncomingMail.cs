using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using MimeKit;

namespace RedIt.Portal.Features.Support.Incoming;

// What the import reads from a mail, apart from IMAP and the database.
public static partial class IncomingMail
{
    public const int MaxMessageId = 250;

    public const int MaxBody = 20_000;

    private static readonly string[] _bulkPrecedence = ["bulk", "junk", "list", "auto_reply"];

    // Its own Message-ID, or for a mail without one (or one too long to store) a hash of its
    // headers: the same mail fetched again gives the same id, so it too is stored once.
    public static string MessageIdOf(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!string.IsNullOrWhiteSpace(message.MessageId) && message.MessageId.Length <= MaxMessageId)
        {
            return message.MessageId;
        }

        using var headers = new MemoryStream();
        message.Headers.WriteTo(headers);
        return Convert.ToHexStringLower(SHA256.HashData(headers.ToArray())) + "@synthetic.invalid";
    }

    // The ids this mail answers, most direct first: In-Reply-To, then References from the newest.
    public static IReadOnlyList<string> RepliesTo(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var ids = new List<string>();
        if (!string.IsNullOrWhiteSpace(message.InReplyTo))
        {
            ids.Add(message.InReplyTo);
        }

        ids.AddRange(message.References.Reverse());
        return ids.Where(id => id.Length <= MaxMessageId).Distinct(StringComparer.Ordinal).ToList();
    }

    public static int? TicketNumber(string? subject)
    {
        var match = TicketTag().Match(subject ?? "");
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    // Out-of-office replies, bounces and list mail: nobody wrote them, so they never open a
    // ticket, and answering them could start a loop between two robots.
    public static bool IsAutomatic(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var autoSubmitted = message.Headers[HeaderId.AutoSubmitted];
        if (!string.IsNullOrWhiteSpace(autoSubmitted)
            && !string.Equals(autoSubmitted.Split(';')[0].Trim(), "no", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var precedence = message.Headers[HeaderId.Precedence]?.Trim();
        if (precedence is not null && _bulkPrecedence.Contains(precedence, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        if (message.Headers.Contains("X-Autoreply") || message.Headers.Contains("X-Autorespond"))
        {
            return true;
        }

        if (message.Body is MultipartReport report
            && string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var local = Sender(message)?.LocalPart;
        return string.Equals(local, "mailer-daemon", StringComparison.OrdinalIgnoreCase)
            || string.Equals(local, "postmaster", StringComparison.OrdinalIgnoreCase);
    }

    public static MailboxAddress? Sender(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.From.Mailboxes.FirstOrDefault();
    }

    // Plain text: the text part, or the HTML part reduced to its text. The markup itself is kept
    // only as HtmlOf leaves it.
    public static string BodyOf(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.TextBody;
        if (string.IsNullOrWhiteSpace(text) && message.HtmlBody is { } html)
        {
            text = HtmlText.Of(html);
        }

        text = (text ?? "").Trim();
        return text.Length <= MaxBody ? text : text[..MaxBody];
    }

    // The HTML part made safe to show (MailHtml); null for a mail without one. Body stays the text.
    public static string? HtmlOf(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return string.IsNullOrWhiteSpace(message.HtmlBody) ? null : MailHtml.Sanitize(message.HtmlBody);
    }

    // The files attached to a mail, decoded. One over the limit is not decoded at all, only
    // reported as too large. An attached mail (message/rfc822) is kept as the text it is.
    public static IReadOnlyList<AttachmentUpload> AttachmentsOf(MimeMessage message, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(message);
        var uploads = new List<AttachmentUpload>();
        foreach (var entity in message.Attachments)
        {
            var name = entity.ContentDisposition?.FileName ?? entity.ContentType?.Name;
            using var buffer = new MemoryStream();
            switch (entity)
            {
                case MimePart { Content: not null } part:
                    part.Content.DecodeTo(buffer);
                    break;
                case MessagePart { Message: not null } attached:
                    attached.Message.WriteTo(buffer);
                    name ??= "message.eml";
                    break;
                default:
                    continue;
            }

            uploads.Add(buffer.Length > maxBytes
                ? new AttachmentUpload(name, buffer.Length, null)
                : new AttachmentUpload(name, buffer.Length, buffer.ToArray()));
        }

        return uploads;
    }

    public static string Clip(string? value, int length)
    {
        var trimmed = (value ?? "").Trim();
        return trimmed.Length <= length ? trimmed : trimmed[..length];
    }

    [GeneratedRegex(@"\[#(\d{1,9})\]")]
    private static partial Regex TicketTag();
}
