using RedIt.Portal.Features.Support;
using RedIt.Portal.Infrastructure.Email;

namespace RedIt.Portal.Features.Contact;

public sealed class ContactMails(MailComposer composer, MailOutbox outbox)
{
    // Added to the context, not saved: it goes in the same transaction as the ticket it confirms.
    public void AddConfirmation(Ticket ticket, string culture)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var mail = composer.Compose(
            new MailRecipient(ticket.Email, ticket.Name ?? ticket.Email, culture),
            "[#{0}] We received your message",
            [
                "Thank you for contacting RED-IT. We received your message and gave it ticket number {0}.",
                "We answer by e-mail as soon as we can. If you write to us about it again, please mention the ticket number.",
            ],
            null,
            ticket.Number);
        outbox.Add(mail, ticket.PersonId);
    }

    public void Wake() => outbox.Wake();
}
