using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;
using RedIt.Portal.Infrastructure.Imap;

namespace RedIt.Portal.Features.Mailboxes.Reports;

// Puts one message into a folder of a filter provider's training mailbox, creating the folder
// the first time: the provider learns from what lands in it.
public sealed class TrainingMailboxClient
{
    public async Task AppendAsync(ImapAccount account, string folder, MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(message);
        using var client = new ImapClient();
        var security = account.Security switch
        {
            ImapSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            ImapSecurity.StartTls => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.None,
        };
        await client.ConnectAsync(account.Host, account.Port, security, cancellationToken);
        await client.AuthenticateAsync(account.User, account.Password, cancellationToken);
        var target = await FolderAsync(client, folder, cancellationToken);
        await target.AppendAsync(message, MessageFlags.None, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

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
            // Another instance created it a moment ago.
            return await client.GetFolderAsync(name, cancellationToken);
        }
    }
}
