using Microsoft.Extensions.Options;
using RedIt.Portal.Features.Support;
using RedIt.Portal.Features.Support.Desk;
using RedIt.Portal.Infrastructure.Email;
using RedIt.Portal.Infrastructure.Web;

namespace RedIt.Portal.Features.Contact;

public sealed class ContactMails(MailComposer composer, MailOutbox outbox, IOptions<SupportOptions> options, PortalLinks links)
{
    // The message from the form is the root of the ticket's mail thread: it has no mail of its own,
    // so it gets a Message-ID here, and the confirmation and every reply refer to it. An answer to
    // any of them then finds the ticket by its headers, whatever happened to the subject.
    public string NewMessageId() => MessageIds.New(links);

    // Added to the context, not saved: it goes in the same transaction as the ticket it confirms.
    public void AddConfirmation(Ticket ticket, string? rootMessageId, string culture)
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
        var replyTo = options.Value.ReplyAddress;
        outbox.Add(
            mail with
            {
                Threading = new MailThreading(NewMessageId(), rootMessageId, rootMessageId, string.IsNullOrWhiteSpace(replyTo) ? null : replyTo.Trim()),
            },
            ticket.PersonId);
    }

    public void Wake() => outbox.Wake();
}
