using MailKit;
using MailKit.Net.Smtp;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using RedIt.Portal.Data;
using RedIt.Portal.Infrastructure.Background;

namespace RedIt.Portal.Infrastructure.Email;

// Hands queued mail to the mail server. Each mail is claimed by one instance before it is sent
// and deleted once the server has accepted it; a failure leaves it queued for a later attempt,
// further apart each time, until the retention sweep gives it up after seven days.
internal sealed class OutboxDispatcher(
    OutboxSignal signal,
    IServiceScopeFactory scopes,
    IMailSender sender,
    TimeProvider clock,
    IDataProtectionProvider protection,
    ILogger<OutboxDispatcher> logger) : SignalledWorker(signal, LookAgainAfter, logger)
{
    private const int BatchSize = 20;

    // Longer than one mail can take (MailKit gives up on a server after two minutes).
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan LookAgainAfter = TimeSpan.FromSeconds(15);

    // 1, 5 and 15 minutes, then every hour.
    public static TimeSpan Backoff(int attempts) => attempts switch
    {
        <= 1 => TimeSpan.FromMinutes(1),
        2 => TimeSpan.FromMinutes(5),
        3 => TimeSpan.FromMinutes(15),
        _ => TimeSpan.FromHours(1),
    };

    protected override async Task<bool> WorkAsync(CancellationToken cancellationToken) =>
        await SendDueAsync(cancellationToken) == BatchSize;

    // Sends the mails that are due; returns how many it looked at.
    private async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await Free(db, now)
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            // One statement decides between instances: only one of them sees its update count as 1.
            var token = Guid.NewGuid();
            var claimed = await Free(db, now).Where(m => m.Id == id)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntil, now + Lease), cancellationToken);
            if (claimed == 1)
            {
                await SendOneAsync(db, id, token, cancellationToken);
            }
        }

        return due.Count;
    }

    private static OutgoingMail ToMail(QueuedMail queued, IReadOnlyList<MailAttachment> attachments) =>
        new(queued.ToAddress, queued.ToName, queued.Subject, queued.TextBody, queued.HtmlBody)
        {
            Threading = queued.MessageId is null ? null : new MailThreading(queued.MessageId, queued.InReplyTo, queued.References, queued.ReplyTo),
            Attachments = attachments,
        };

    private async Task<IReadOnlyList<MailAttachment>> AttachmentsAsync(PortalDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var stored = await db.Set<QueuedMailAttachment>().AsNoTracking()
            .Where(a => a.MailId == id).OrderBy(a => a.Position).ToListAsync(cancellationToken);
        if (stored.Count == 0)
        {
            return [];
        }

        var protector = protection.CreateProtector(MailOutbox.AttachmentPurpose);
        return stored.Select(a => new MailAttachment(a.FileName, a.ContentType, protector.Unprotect(a.EncryptedContent))).ToList();
    }

    private static IQueryable<QueuedMail> Free(PortalDbContext db, DateTime now) =>
        db.Set<QueuedMail>().Where(m => m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now));

    private async Task SendOneAsync(PortalDbContext db, Guid id, Guid token, CancellationToken cancellationToken)
    {
        var queued = await db.Set<QueuedMail>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (queued is null)
        {
            return; // erased or given up in the meantime
        }

        var mine = db.Set<QueuedMail>().Where(m => m.Id == id && m.ClaimToken == token);
        try
        {
            await sender.SendAsync(ToMail(queued, await AttachmentsAsync(db, id, cancellationToken)), cancellationToken);
        }
        catch (Exception problem) when (problem is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var attempts = queued.Attempts + 1;
            var next = clock.GetUtcNow().UtcDateTime + Backoff(attempts);
            var error = Describe(problem);
            await mine.ExecuteUpdateAsync(
                set => set
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptAt, next)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.ClaimToken, (Guid?)null)
                    .SetProperty(m => m.ClaimedUntil, (DateTime?)null),
                CancellationToken.None);
            logger.LogWarning("Mail {Subject} could not be sent (attempt {Attempts}, {Error}); next attempt at {Next:u}", queued.Subject, attempts, error, next);
            return;
        }

        // Accepted by the server: a stop before this line sends the mail once more, never not at all.
        await mine.ExecuteDeleteAsync(CancellationToken.None);
    }

    // What kind of failure, without the server's words, which may quote the address.
    private static string Describe(Exception problem) => problem switch
    {
        SmtpCommandException command => $"SMTP {(int)command.StatusCode} ({command.ErrorCode})",
        SmtpProtocolException => "SMTP protocol error",
        ServiceNotConnectedException or System.Net.Sockets.SocketException => "Mail server unreachable",
        TimeoutException or OperationCanceledException => "Mail server timed out",
        _ => problem.GetType().Name,
    };
}
