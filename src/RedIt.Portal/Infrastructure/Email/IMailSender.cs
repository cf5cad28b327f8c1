namespace RedIt.Portal.Infrastructure.Email;

public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
