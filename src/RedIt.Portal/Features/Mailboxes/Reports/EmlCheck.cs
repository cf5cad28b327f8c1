using MimeKit;

namespace RedIt.Portal.Features.Mailboxes.Reports;

// Whether a file is an e-mail message as it arrived, with its headers: the filter learns from
// the headers (the sending servers, the sender), so a forwarded copy or a screenshot is no use.
public static class EmlCheck
{
    public static bool IsMessageWithHeaders(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var message = MimeMessage.Load(stream);
            var headers = message.Headers;
            return (headers.Contains(HeaderId.From) && headers.Contains(HeaderId.Date)) || headers.Contains(HeaderId.Received);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
