namespace RedIt.Portal.Infrastructure.Email;

public sealed record OutgoingMail(string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody);
