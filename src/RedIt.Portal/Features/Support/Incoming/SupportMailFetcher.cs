using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using System.Net.Sockets;
using RedIt.Portal.Infrastructure.Imap;

namespace RedIt.Portal.Features.Support.Incoming;

// Passes over the support mailbox. Every mail is saved first and moved to the processed folder
// last: a portal that stops in between finds the mail again next time, sees its Message-ID is
// stored and only moves it. So nothing is lost and nothing is stored twice, also when the
// connection breaks while it waits in IDLE.
public sealed class SupportMailFetcher(
    IServiceScopeFactory scopes,
    SupportMailboxStatus status,
    TimeProvider clock,
    ILogger<SupportMailFetcher> log)
{
    // RFC 2177 lets a server end an IDLE after 29 minutes; staying well below that keeps the
    // connection ours until the next trigger opens a fresh one.
    public const int MaxIdleMinutes = 28;

    // One pass: what is in the mailbox now.
    public Task<IReadOnlyList<MailImportOutcome>> FetchAsync(SupportMailboxOptions mailbox, CancellationToken cancellationToken = default) =>
        RunAsync(mailbox, TimeSpan.Zero, cancellationToken);

    // What the job does: a pass, then, where the server has IDLE, staying connected for up to
    // IdleMinutes and passing again whenever the server reports new mail. Without IDLE it is one
    // pass, and the next trigger polls again.
    public Task<IReadOnlyList<MailImportOutcome>> FetchAndIdleAsync(SupportMailboxOptions mailbox, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        return RunAsync(mailbox, TimeSpan.FromMinutes(Math.Clamp(mailbox.IdleMinutes, 0, MaxIdleMinutes)), cancellationToken);
    }

    private async Task<IReadOnlyList<MailImportOutcome>> RunAsync(SupportMailboxOptions mailbox, TimeSpan idle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        var outcomes = new List<MailImportOutcome>();
        try
        {
            await using var imap = await ImapMailbox.OpenAsync(mailbox.Account, mailbox.Folder, cancellationToken);
            await PassAsync(imap, mailbox, outcomes, cancellationToken);
            await status.SucceededAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
            if (idle > TimeSpan.Zero && imap.CanIdle)
            {
                await IdleAsync(imap, mailbox, clock.GetUtcNow() + idle, outcomes, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The portal stops. A mail being handled was stored or not, and is moved only once stored.
        }
        catch (Exception e) when (IsMailboxFailure(e))
        {
            // No address, user or message in the log: the type says what went wrong, the operator knows the mailbox.
            log.LogWarning("The support mailbox could not be read ({Error}); the next run tries again", e.GetType().Name);
            await status.FailedAsync(clock.GetUtcNow().UtcDateTime, e.GetType().Name, CancellationToken.None);
        }

        return outcomes;
    }

    private async Task IdleAsync(ImapMailbox imap, SupportMailboxOptions mailbox, DateTimeOffset until, List<MailImportOutcome> outcomes, CancellationToken cancellationToken)
    {
        status.Idling(clock.GetUtcNow().UtcDateTime);
        try
        {
            for (var left = until - clock.GetUtcNow(); left > TimeSpan.Zero; left = until - clock.GetUtcNow())
            {
                if (!await imap.IdleUntilChangedAsync(left, clock, cancellationToken))
                {
                    return;
                }

                await PassAsync(imap, mailbox, outcomes, cancellationToken);
            }
        }
        finally
        {
            status.StoppedIdling();
        }
    }

    // Searches again after handling what it found, so mail that arrived meanwhile (announced
    // while no IDLE listened) is handled now rather than at the next trigger.
    private async Task PassAsync(ImapMailbox imap, SupportMailboxOptions mailbox, List<MailImportOutcome> outcomes, CancellationToken cancellationToken)
    {
        var tried = new HashSet<UniqueId>();
        while ((await imap.UidsAsync(cancellationToken)).Where(tried.Add).ToList() is { Count: > 0 } uids)
        {
            foreach (var uid in uids)
            {
                if (await imap.GetAsync(uid, cancellationToken) is not { } message)
                {
                    log.LogInformation("A message in the support mailbox was gone or could not be read as a mail; it was left where it is");
                    continue;
                }

                // A scope per mail, so what a failed save left in the change tracker cannot ride along with the next.
                await using (var scope = scopes.CreateAsyncScope())
                {
                    outcomes.Add(await scope.ServiceProvider.GetRequiredService<SupportMailImport>().ImportAsync(message, cancellationToken));
                }

                await imap.MoveAsync(uid, mailbox.ProcessedFolder, cancellationToken);
            }
        }
    }

    private static bool IsMailboxFailure(Exception e) =>
        // ArgumentException: a host or port the client refuses, which the operator fixes in the settings.
        e is SocketException or IOException or ArgumentException or TimeoutException or AuthenticationException
            or ImapProtocolException or ImapCommandException or FolderNotFoundException or SslHandshakeException;
}
