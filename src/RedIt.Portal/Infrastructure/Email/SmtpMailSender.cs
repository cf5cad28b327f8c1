using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace RedIt.Portal.Infrastructure.Email;

internal sealed class SmtpMailSender(IOptions<EmailOptions> options, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
        message.Subject = mail.Subject;
        if (mail.Threading is { } threading)
        {
            message.MessageId = threading.MessageId;
            if (threading.InReplyTo is not null)
            {
                message.InReplyTo = threading.InReplyTo;
            }

            foreach (var reference in (threading.References ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                message.References.Add(reference);
            }

            if (threading.ReplyTo is not null)
            {
                message.ReplyTo.Add(MailboxAddress.Parse(threading.ReplyTo));
            }
        }

        var body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        foreach (var file in mail.Attachments)
        {
            body.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType));
        }

        message.Body = body.ToMessageBody();

        using var client = new SmtpClient();
        var security = Enum.Parse<SecureSocketOptions>(settings.Smtp.Security, ignoreCase: true);
        await client.ConnectAsync(settings.Smtp.Host!, settings.Smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
        {
            await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        // The subject only: addresses are personal data and stay out of the logs.
        logger.LogInformation("Mail sent: {Subject}", mail.Subject);
    }
}
