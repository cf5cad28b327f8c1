using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;
using RedIt.Portal.Features.Support.Incoming;
using RedIt.Portal.Infrastructure.Imap;
using RedIt.Portal.Tests.Infrastructure;

namespace RedIt.Portal.Tests.Support.Incoming;

// A mailbox of its own for every test on the test Dovecot, which lets any user name in.
internal static class TestMailboxes
{
    public static SupportMailboxOptions New() => new()
    {
        Enabled = true,
        Host = TestSettings.ImapHost,
        Port = TestSettings.ImapPort,
        Security = ImapSecurity.None,
        User = $"support-{Guid.NewGuid():N}@redit.test",
        Password = TestSettings.ImapPassword,
    };

    public static MimeMessage Mail(string from, string subject, string body, string? fromName = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(fromName ?? "", from));
        message.To.Add(new MailboxAddress("RedIt support", "support@redit.test"));
        message.Subject = subject;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("customer.example");
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    public static async Task PutAsync(SupportMailboxOptions mailbox, string folder, params MimeMessage[] messages)
    {
        using var client = await ConnectAsync(mailbox);
        var target = await client.GetFolderAsync(folder);
        foreach (var message in messages)
        {
            await target.AppendAsync(message);
        }

        await client.DisconnectAsync(true);
    }

    public static Task PutAsync(SupportMailboxOptions mailbox, params MimeMessage[] messages) => PutAsync(mailbox, "INBOX", messages);

    // The Message-IDs in a folder; an empty list for a folder that does not exist yet.
    public static async Task<IReadOnlyList<string>> MessageIdsAsync(SupportMailboxOptions mailbox, string folder)
    {
        using var client = await ConnectAsync(mailbox);
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
        var ids = new List<string>();
        foreach (var uid in await target.SearchAsync(MailKit.Search.SearchQuery.All))
        {
            ids.Add((await target.GetMessageAsync(uid)).MessageId ?? "");
        }

        await client.DisconnectAsync(true);
        return ids;
    }

    private static async Task<ImapClient> ConnectAsync(SupportMailboxOptions mailbox)
    {
        var client = new ImapClient();
        await client.ConnectAsync(mailbox.Host, mailbox.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(mailbox.User, mailbox.Password);
        return client;
    }
}
