using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using System.Net.Sockets;
using RedIt.Portal.Infrastructure.Imap;

namespace RedIt.Portal.Features.Support.Incoming;

// One pass over the support mailbox. Every mail is saved first and moved to the processed folder
// last: a portal that stops in between finds the mail again next time, sees its Message-ID is
// stored and only moves it. So nothing is lost and nothing is stored twice.
public sealed class SupportMailFetcher(
    IServiceScopeFactory scopes,
    SupportMailboxStatus status,
    TimeProvider clock,
    ILogger<SupportMailFetcher> log)
{
    public async Task<IReadOnlyList<MailImportOutcome>> FetchAsync(SupportMailboxOptions mailbox, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        var outcomes = new List<MailImportOutcome>();
        try
        {
            await using var imap = await ImapMailbox.OpenAsync(mailbox.Account, mailbox.Folder, cancellationToken);
            foreach (var uid in await imap.UidsAsync(cancellationToken))
            {
                if (await imap.GetAsync(uid, cancellationToken) is not { } message)
                {
                    continue;
                }

                // A scope per mail, so what a failed save left in the change tracker cannot ride along with the next.
                await using (var scope = scopes.CreateAsyncScope())
                {
                    outcomes.Add(await scope.ServiceProvider.GetRequiredService<SupportMailImport>().ImportAsync(message, cancellationToken));
                }

                await imap.MoveAsync(uid, mailbox.ProcessedFolder, cancellationToken);
            }

            status.Succeeded();
        }
        catch (Exception e) when (IsMailboxFailure(e))
        {
            // No address, user or message in the log: the type says what went wrong, the operator knows the mailbox.
            log.LogWarning("The support mailbox could not be read ({Error}); the next run tries again", e.GetType().Name);
            status.Failed(clock.GetUtcNow().UtcDateTime, e.GetType().Name);
        }

        return outcomes;
    }

    private static bool IsMailboxFailure(Exception e) =>
        // ArgumentException: a host or port the client refuses, which the operator fixes in the settings.
        e is SocketException or IOException or ArgumentException or TimeoutException or AuthenticationException
            or ImapProtocolException or ImapCommandException or FolderNotFoundException or SslHandshakeException;
}
