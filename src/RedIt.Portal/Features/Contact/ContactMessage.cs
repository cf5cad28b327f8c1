using RedIt.Portal.Features.Support;

namespace RedIt.Portal.Features.Contact;

// A message sent through the contact form (1.2): anonymous, or linked to the account when signed in.
public class ContactMessage
{
    public Guid Id { get; set; }

    public Guid? PersonId { get; set; }

    public string Email { get; set; } = "";

    public string? Name { get; set; }

    public TicketTopic Topic { get; set; }

    public string Subject { get; set; } = "";

    // The ticket the message opened.
    public Guid? TicketId { get; set; }

    public string Message { get; set; } = "";

    // IPv6 addresses are at most 45 characters in text form.
    // Emptied 90 days after receipt by the retention sweep; see the privacy rule.
    public string? SenderIp { get; set; }

    public DateTime ReceivedAt { get; set; }
}
