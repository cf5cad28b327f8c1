using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Mailboxes;

// What arrived in a folder of a training mailbox on the test Dovecot, exactly as it is stored.
internal static class TrainingFolders
{
    public static async Task<IReadOnlyList<byte[]>> MessagesAsync(string user, string folder)
    {
        using var client = new ImapClient();
        await client.ConnectAsync(TestSettings.ImapHost, TestSettings.ImapPort, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, TestSettings.ImapPassword);
        IMailFolder target;
        try
        {
            target = await client.GetFolderAsync(folder);
        }
        catch (FolderNotFoundException)
        {
            return [];
        }

        await target.OpenAsync(FolderAccess.ReadOnly);
        var messages = new List<byte[]>();
        foreach (var uid in await target.SearchAsync(MailKit.Search.SearchQuery.All))
        {
            await using var stream = await target.GetStreamAsync(uid);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            messages.Add(copy.ToArray());
        }

        await client.DisconnectAsync(true);
        return messages;
    }
}
