using System.Security.Cryptography;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Localization;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Support.Desk;

// A reply from the desk, threaded so the customer's mail client shows it under their question
// and their answer finds the ticket again: by its headers first, by the [#1042] tag otherwise.
public sealed class DeskMails(MailComposer composer, IStringLocalizer<SharedResource> text, IOptions<SupportOptions> options, PortalLinks links)
{
    // QueuedMail.References holds at most this much.
    public const int MaxReferencesLength = 2000;

    public static string Tag(int number) => $"[#{number}]";

    public (OutgoingMail Mail, string MessageId) Reply(Ticket ticket, string body, IReadOnlyList<EarlierMail> earlier, string? culture)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(earlier);
        culture ??= "nl";
        var messageId = NewMessageId();
        var to = new MailRecipient(ticket.Email, string.IsNullOrWhiteSpace(ticket.Name) ? ticket.Email : ticket.Name, culture);
        // A fixed phrase, not the customer's own subject: subjects are logged and kept as not personal.
        var subject = InCulture.Run(culture, () => text["Our answer to your message {0}", Tag(ticket.Number)].Value);
        var paragraphs = body.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var inReplyTo = earlier.LastOrDefault(m => m.Kind == TicketMessageKind.FromCustomer)?.MessageId;
        var replyTo = options.Value.ReplyAddress;
        var mail = composer.ComposeWritten(to, subject, paragraphs) with
        {
            Threading = new MailThreading(
                messageId,
                inReplyTo,
                References(earlier.Select(m => m.MessageId).ToList()),
                string.IsNullOrWhiteSpace(replyTo) ? null : replyTo.Trim()),
        };
        return (mail, messageId);
    }

    // The whole chain while it fits; when it does not, the first (the root) and the latest ones,
    // as RFC 5322 suggests for a trimmed References.
    public static string? References(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var kept = ids.Where(id => id.Length <= MaxReferencesLength).ToList();
        while (kept.Count > 1 && kept.Sum(id => id.Length + 1) - 1 > MaxReferencesLength)
        {
            kept.RemoveAt(1);
        }

        return kept.Count == 0 ? null : string.Join(' ', kept);
    }

    // <random@portal-host>, stored without the angle brackets.
    private string NewMessageId()
    {
        var host = Uri.TryCreate(links.Absolute("/"), UriKind.Absolute, out var url) ? url.Host : "portal.red-it.nl";
        return $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}@{host}";
    }
}
