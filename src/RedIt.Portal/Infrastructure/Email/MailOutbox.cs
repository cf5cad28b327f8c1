using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;

namespace RedIt.Portal.Infrastructure.Email;

// Every mail the portal sends is saved here first and delivered by OutboxDispatcher, so a mail
// server that is down delays mail instead of losing it (policy 2.1).
public sealed class MailOutbox(PortalDbContext db, TimeProvider clock, OutboxSignal signal, IDataProtectionProvider protection)
{
    // Files wait encrypted like every file the portal stores; only the dispatcher reads them back.
    public const string AttachmentPurpose = "RedIt.Portal.Email.Attachments.v1";

    // Saves at once (with whatever else the context holds), then wakes the dispatcher.
    public async Task QueueAsync(OutgoingMail mail, Guid? personId, CancellationToken cancellationToken = default)
    {
        Add(mail, personId);
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
    }

    // For a caller that saves the mails together with its own changes, in one SaveChanges, and
    // then calls Wake.
    public void Add(OutgoingMail mail, Guid? personId)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = new QueuedMail
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            ToAddress = mail.ToAddress,
            ToName = mail.ToName,
            Subject = mail.Subject,
            TextBody = mail.TextBody,
            HtmlBody = mail.HtmlBody,
            MessageId = mail.Threading?.MessageId,
            InReplyTo = mail.Threading?.InReplyTo,
            References = mail.Threading?.References,
            ReplyTo = mail.Threading?.ReplyTo,
            QueuedAt = now,
            NextAttemptAt = now,
        };
        db.Add(queued);
        var protector = mail.Attachments.Count == 0 ? null : protection.CreateProtector(AttachmentPurpose);
        for (var position = 0; position < mail.Attachments.Count; position++)
        {
            var file = mail.Attachments[position];
            db.Add(new QueuedMailAttachment
            {
                Id = Guid.NewGuid(),
                MailId = queued.Id,
                Position = position,
                FileName = file.FileName,
                ContentType = file.ContentType,
                EncryptedContent = protector!.Protect(file.Content),
            });
        }
    }

    public void Wake() => signal.Wake();

    // For the admin page: is mail leaving, and since when has it not?
    public async Task<OutboxStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        var queued = db.Set<QueuedMail>().AsNoTracking();
        var waiting = await queued.CountAsync(cancellationToken);
        var failing = queued.Where(m => m.Attempts > 0);
        return new OutboxStatus(
            waiting,
            await failing.CountAsync(cancellationToken),
            await failing.MinAsync(m => (DateTime?)m.QueuedAt, cancellationToken));
    }
}

public sealed record OutboxStatus(int Waiting, int Failing, DateTime? FailingSince);
