using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MimeKit;
using RedIt.Portal.Data;
using RedIt.Portal.Infrastructure.Localization;

namespace RedIt.Portal.Features.Support.Incoming;

// Puts one mail from the support mailbox where it belongs: the ticket it answers, or a new one.
// Nothing here sends mail: an import that answered could loop with an auto-responder.
public sealed class SupportMailImport(
    PortalDbContext db,
    TicketInbox inbox,
    TicketAttachments attachments,
    IStringLocalizer<SharedResource> text,
    ILookupNormalizer normalizer,
    TimeProvider clock)
{
    private const string NoSubject = "(no subject)";

    public async Task<MailImportOutcome> ImportAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var messageId = IncomingMail.MessageIdOf(message);
        if (await db.Set<TicketMessage>().AnyAsync(m => m.MessageId == messageId, cancellationToken))
        {
            return MailImportOutcome.AlreadyImported;
        }

        var sender = IncomingMail.Sender(message);
        var address = IncomingMail.Clip(sender?.Address, 256);
        var automatic = IncomingMail.IsAutomatic(message) || address.Length == 0;
        var files = attachments.Check(IncomingMail.AttachmentsOf(message, attachments.Limits.MaxFileBytes));
        var body = WithRefusals(IncomingMail.BodyOf(message), files);
        var html = IncomingMail.HtmlOf(message);
        try
        {
            if (await TicketOfAsync(message, address, cancellationToken) is { } ticket)
            {
                await JoinAsync(ticket, messageId, address, body, html, files.Accepted, automatic, cancellationToken);
                return MailImportOutcome.JoinedTicket;
            }

            if (automatic)
            {
                return MailImportOutcome.Ignored;
            }

            await inbox.OpenAsync(
                new NewTicket(
                    await ConfirmedAccountAsync(address, cancellationToken),
                    address,
                    string.IsNullOrWhiteSpace(sender?.Name) ? null : IncomingMail.Clip(sender.Name, 200),
                    TicketTopic.Support,
                    string.IsNullOrWhiteSpace(message.Subject) ? NoSubject : IncomingMail.Clip(message.Subject, 200),
                    body,
                    messageId,
                    Html: html),
                opened => attachments.AddTo(opened.Messages[0], files.Accepted),
                cancellationToken);
            return MailImportOutcome.OpenedTicket;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another fetch stored this very mail a moment ago; the unique Message-ID kept it single.
            return MailImportOutcome.AlreadyImported;
        }
    }

    // A threaded reply finds its ticket by the mail it answers; the [#1042] tag alone only counts
    // from the ticket's own address, so a guessed number cannot post into someone else's ticket.
    private async Task<Ticket?> TicketOfAsync(MimeMessage message, string address, CancellationToken cancellationToken)
    {
        var answers = IncomingMail.RepliesTo(message);
        if (answers.Count > 0)
        {
            var known = await db.Set<TicketMessage>()
                .Where(m => m.MessageId != null && answers.Contains(m.MessageId))
                .Select(m => new { m.MessageId, m.Ticket })
                .ToListAsync(cancellationToken);
            var direct = answers.Select(id => known.FirstOrDefault(k => k.MessageId == id)).FirstOrDefault(k => k is not null);
            if (direct is not null)
            {
                return direct.Ticket;
            }
        }

        if (IncomingMail.TicketNumber(message.Subject) is { } number
            && await db.Set<Ticket>().SingleOrDefaultAsync(t => t.Number == number, cancellationToken) is { } tagged
            && string.Equals(tagged.Email, address, StringComparison.OrdinalIgnoreCase))
        {
            return tagged;
        }

        return null;
    }

    // A refused file is not stored; a line under the text tells staff which one and why, so they
    // can ask for it another way. In English, like the rest of what the import writes.
    private string WithRefusals(string body, AttachmentCheck files)
    {
        if (files.AllAccepted)
        {
            return body;
        }

        var lines = InCulture.Run("en", () => files.Refused
            .Select(r => text["[Attachment not kept: {0}]", AttachmentErrors.Describe(r, attachments.Limits, text)].Value)
            .ToList());
        var note = string.Join("\n", lines);
        var room = IncomingMail.MaxBody - note.Length - 2;
        return (room <= 0 ? "" : (body.Length <= room ? body : body[..room]) + "\n\n") + note;
    }

    private async Task JoinAsync(
        Ticket ticket, string messageId, string address, string body, string? html, IReadOnlyList<CheckedAttachment> files, bool automatic, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var message = new TicketMessage
        {
            Id = Guid.NewGuid(),
            TicketId = ticket.Id,
            AuthorUserId = string.Equals(ticket.Email, address, StringComparison.OrdinalIgnoreCase) ? ticket.PersonId : null,
            Kind = TicketMessageKind.FromCustomer,
            FromAddress = address.Length == 0 ? null : address,
            MessageId = messageId,
            Body = body,
            Html = html,
            SentAt = now,
        };
        attachments.AddTo(message, files);
        db.Add(message);

        // An out-of-office reply is kept for the record, but nobody asked anything: the ticket stays as it was.
        if (!automatic)
        {
            ticket.CustomerWrote(now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Guid?> ConfirmedAccountAsync(string address, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeEmail(address);
        var ids = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail == normalized && u.EmailConfirmed)
            .Select(u => u.Id)
            .Take(2)
            .ToListAsync(cancellationToken);
        return ids.Count == 1 ? ids[0] : null;
    }
}
