using System.Text.RegularExpressions;
using MimeKit;

namespace RedIt.Portal.Tests.Infrastructure;

// Reads what the real SMTP server (aiosmtpd, started by test.sh) stored in its Maildir.
public static partial class Mailbox
{
    public static async Task<MimeMessage> WaitForAsync(string to, string subjectContains, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            var found = All(to).FirstOrDefault(m => (m.Subject ?? "").Contains(subjectContains, StringComparison.OrdinalIgnoreCase));
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(100);
        }

        var subjects = string.Join(" | ", All(to).Select(m => m.Subject));
        throw new TimeoutException($"No mail to {to} with '{subjectContains}' arrived at the SMTP server. Mail to that address: {subjects}");
    }

    public static IReadOnlyList<MimeMessage> All(string to)
    {
        var folder = Path.Combine(TestSettings.Maildir, "new");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var messages = new List<MimeMessage>();
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            MimeMessage message;
            try
            {
                message = MimeMessage.Load(file);
            }
            catch (IOException)
            {
                continue;
            }

            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)))
            {
                messages.Add(message);
            }
        }

        return messages;
    }

    public static string Link(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var match = LinkPattern().Match(message.TextBody ?? "");
        Assert.True(match.Success, "The mail has no link: " + message.TextBody);
        return match.Value;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
