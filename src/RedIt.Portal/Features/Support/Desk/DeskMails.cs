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

    // filesInPortalOnly: the reply has files too large together for a mail; the mail says where they are.
    public (OutgoingMail Mail, string MessageId) Reply(Ticket ticket, string body, IReadOnlyList<EarlierMail> earlier, string? culture, bool filesInPortalOnly = false)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(earlier);
        culture ??= "nl";
        var messageId = NewMessageId();
        var to = Recipient(ticket, culture);
        // A fixed phrase, not the customer's own subject: subjects are logged and kept as not personal.
        var subject = InCulture.Run(culture, () => text["Our answer to your message {0}", Tag(ticket.Number)].Value);
        var paragraphs = body.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (filesInPortalOnly)
        {
            var where = InCulture.Run(culture, () => text["The files with this answer are too large to send by e-mail; you find them with your message under My tickets in the portal: {0}", links.Absolute("/profile/tickets")].Value);
            paragraphs = [.. paragraphs, where];
        }

        return (Threaded(composer.ComposeWritten(to, subject, paragraphs), messageId, earlier), messageId);
    }

    // Closed for want of an answer: threaded like a reply, so an answer to it finds the ticket and reopens it.
    public (OutgoingMail Mail, string MessageId) ClosedForNoAnswer(Ticket ticket, int days, IReadOnlyList<EarlierMail> earlier, string? culture)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(earlier);
        var messageId = NewMessageId();
        var to = Recipient(ticket, culture ?? "nl");
        var mail = composer.Compose(
            to,
            "Your message {0} has been closed",
            [
                "We have closed your message {0} because we have had no answer from you for {1} days.",
                "Is your question not solved yet? Just reply to this e-mail and we will reopen it.",
            ],
            null,
            Tag(ticket.Number),
            days);
        return (Threaded(mail, messageId, earlier), messageId);
    }

    private static MailRecipient Recipient(Ticket ticket, string culture) =>
        new(ticket.Email, string.IsNullOrWhiteSpace(ticket.Name) ? ticket.Email : ticket.Name, culture);

    private OutgoingMail Threaded(OutgoingMail mail, string messageId, IReadOnlyList<EarlierMail> earlier)
    {
        var replyTo = options.Value.ReplyAddress;
        return mail with
        {
            Threading = new MailThreading(
                messageId,
                earlier.LastOrDefault(m => m.Kind == TicketMessageKind.FromCustomer)?.MessageId,
                References(earlier.Select(m => m.MessageId).ToList()),
                string.IsNullOrWhiteSpace(replyTo) ? null : replyTo.Trim()),
        };
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

    private string NewMessageId() => MessageIds.New(links);
}
