namespace RedIt.Portal.Infrastructure.Email;

// A file to send with a mail, as plain bytes; the outbox encrypts it while the mail waits.
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
