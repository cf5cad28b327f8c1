using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;

namespace RedIt.Portal.Infrastructure.Imap;

public enum ImapSecurity
{
    None,
    SslOnConnect,
    StartTls,
}

public sealed record ImapAccount(string Host, int Port, ImapSecurity Security, string User, string Password);

// One connection to one folder of a mailbox: what the mail import and the spam reports need of IMAP
// and nothing more.
public sealed class ImapMailbox : IAsyncDisposable
{
    private readonly ImapClient _client;
    private readonly IMailFolder _folder;

    private ImapMailbox(ImapClient client, IMailFolder folder)
    {
        _client = client;
        _folder = folder;
    }

    public static async Task<ImapMailbox> OpenAsync(ImapAccount account, string folder, CancellationToken cancellationToken = default)
    {
        var client = await ConnectAsync(account, cancellationToken);
        try
        {
            var opened = await client.GetFolderAsync(folder, cancellationToken);
            await opened.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
            return new ImapMailbox(client, opened);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    // Puts one message into a folder of the mailbox, creating the folder the first time; e.g. a
    // filter provider's training mailbox, which learns from what lands in it. A message whose
    // Message-ID is in the folder already is not appended again (false): an attempt whose APPEND
    // went through but whose answer was lost, or whose claim ran out, is repeated without a copy.
    public static async Task<bool> AppendOnceAsync(ImapAccount account, string folder, MimeMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var client = await ConnectAsync(account, cancellationToken);
        var target = await FolderAsync(client, folder, cancellationToken);
        var there = false;
        if (!string.IsNullOrEmpty(message.MessageId))
        {
            await target.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
            there = (await target.SearchAsync(SearchQuery.HeaderContains("Message-ID", message.MessageId), cancellationToken)).Count > 0;
            await target.CloseAsync(expunge: false, cancellationToken);
        }

        if (!there)
        {
            await target.AppendAsync(message, MessageFlags.None, cancellationToken);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return !there;
    }

    private static async Task<ImapClient> ConnectAsync(ImapAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var client = new ImapClient();
        try
        {
            var security = account.Security switch
            {
                ImapSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                ImapSecurity.StartTls => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.None,
            };
            await client.ConnectAsync(account.Host, account.Port, security, cancellationToken);
            await client.AuthenticateAsync(account.User, account.Password, cancellationToken);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    // RFC 2177: the server tells a client in IDLE about new mail as it arrives, so it need not ask.
    public bool CanIdle => _client.Capabilities.HasFlag(ImapCapabilities.Idle);

    // Stays in IDLE until the server reports that the folder's message count changed (true) or
    // `longest` has passed (false). Cancelling ends the IDLE and throws OperationCanceledException.
    public async Task<bool> IdleUntilChangedAsync(TimeSpan longest, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clock);
        using var timeUp = new CancellationTokenSource(longest, clock);
        using var done = CancellationTokenSource.CreateLinkedTokenSource(timeUp.Token, cancellationToken);
        var changed = false;
        Task? ending = null;

        // The event comes while MailKit reads the server's answer: DONE is sent from another thread,
        // as it is when the time is up, not from inside the read.
        void OnCountChanged(object? sender, EventArgs e)
        {
            changed = true;
            ending ??= done.CancelAsync();
        }

        _folder.CountChanged += OnCountChanged;
        try
        {
            await _client.IdleAsync(done.Token, cancellationToken);
        }
        finally
        {
            _folder.CountChanged -= OnCountChanged;
            if (ending is not null)
            {
                await ending;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return changed;
    }

    public async Task<IReadOnlyList<UniqueId>> UidsAsync(CancellationToken cancellationToken = default) =>
        (await _folder.SearchAsync(SearchQuery.All, cancellationToken)).OrderBy(uid => uid.Id).ToList();

    // Null when the message is gone: another fetch moved it in the meantime.
    public async Task<MimeMessage?> GetAsync(UniqueId uid, CancellationToken cancellationToken = default)
    {
        try
        {
            return await _folder.GetMessageAsync(uid, cancellationToken);
        }
        catch (MessageNotFoundException)
        {
            return null;
        }
        catch (FormatException)
        {
            // What the server sends for a message another session moved away meanwhile arrives
            // cut off. One that is malformed itself stays in the folder for a person to look at.
            return null;
        }
    }

    public async Task MoveAsync(UniqueId uid, string folder, CancellationToken cancellationToken = default) =>
        await _folder.MoveToAsync(uid, await FolderAsync(_client, folder, cancellationToken), cancellationToken);

    private static async Task<IMailFolder> FolderAsync(ImapClient client, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetFolderAsync(name, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
        }

        var root = client.GetFolder(client.PersonalNamespaces[0]);
        try
        {
            return await root.CreateAsync(name, isMessageFolder: true, cancellationToken)
                ?? await client.GetFolderAsync(name, cancellationToken);
        }
        catch (ImapCommandException)
        {
            // Another connection created it a moment ago.
            return await client.GetFolderAsync(name, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or ImapProtocolException or OperationCanceledException)
            {
                // The connection is going anyway.
            }
        }

        _client.Dispose();
    }
}
