namespace RedIt.Portal.Features.Support;

// What the contact form asks; Sales and Finance see the tickets of their topic.
public enum TicketTopic
{
    Support,
    Sales,
    Billing,
    Abuse,
}
