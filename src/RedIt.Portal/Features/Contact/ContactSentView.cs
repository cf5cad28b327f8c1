namespace RedIt.Portal.Features.Contact;

// TicketNumber is empty when the page is opened again later, or by a bot that tripped the honeypot.
public sealed record ContactSentView(int? TicketNumber);
